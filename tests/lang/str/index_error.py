s = "abc"
print(s[2], s[-3], s[1:100], s[::-1])  # expect: c a bc cba
s[3]  # expect-error: IndexError: string index out of range
