# CPython 3.11 limits int <-> decimal str conversion to 4300 digits.
n = 10 ** 4299
print(len(str(n)))  # expect: 4300
print((10 ** 5000) % 7)  # expect: 2
str(10 ** 5000)  # expect-error: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
