print(1 / 4)   # expect: 0.25
print(2 ** -2) # expect: 0.25
x = 0
1 / x          # expect-error: ZeroDivisionError: division by zero
