# input() reads a line from stdin (prompt written to stdout first), EOFError at the end.
# stdin: first line
# stdin: second
a = input("name? ")
print()  # expect: name? 
print(repr(a))  # expect: 'first line'
print(repr(input()))  # expect: 'second'
input()  # expect-error: EOFError: EOF when reading a line
