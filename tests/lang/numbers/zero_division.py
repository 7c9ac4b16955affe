# Integer floor division by zero ends the program with CPython's message.
print(7 // 2, -7 // 2, 7 % -3)  # expect: 3 -4 -2
print(divmod(-7, 2))            # expect: (-4, 1)
1 // 0                          # expect-error: ZeroDivisionError: integer division or modulo by zero
