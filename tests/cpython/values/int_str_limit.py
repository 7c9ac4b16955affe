import sys
n = 10 ** 4299
s = str(n)
print(len(s))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int('1' * 4301)
except ValueError as e:
    print(e)
print(len(hex(10 ** 5000)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    repr(10 ** 5000)
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
try:
    f"{10**6000}"
except ValueError as e:
    print(e)
