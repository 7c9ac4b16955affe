# float repr (shortest round trip) and arithmetic corner cases.
print(0.1 + 0.2, 1 / 3, 2 / 3)     # expect: 0.30000000000000004 0.3333333333333333 0.6666666666666666
print(1e16, 1e-5, 123456789012345678.0)  # expect: 1e+16 1e-05 1.2345678901234568e+17
print(100.0, -0.0, 1.5e300 * 1e10)  # expect: 100.0 -0.0 inf
print(float("nan"), float("-inf"))  # expect: nan -inf
print(round(2.5), round(3.5), round(-0.5))  # expect: 2 4 0
print(round(2.675, 2), round(1234.5678, -2))  # expect: 2.67 1200.0
print(-7.5 // 2, -7.5 % 2, divmod(7, -2.5))  # expect: -4.0 0.5 (-3.0, -0.5)
print(int(-3.9), int(3.9), float("  1_000.25 "))  # expect: -3 3 1000.25
print((0.1).as_integer_ratio())  # expect: (3602879701896397, 36028797018963968)
print((1.5).hex(), float.fromhex("0x1.8p+1"))  # expect: 0x1.8000000000000p+0 3.0
print(hash(1.5), hash(2.0) == hash(2))  # expect: 1152921504606846977 True
print(1 < 1.5 < 2, 2 ** 60 == 2.0 ** 60)  # expect: True True
print(sum([0.1] * 10))           # expect: 0.9999999999999999
float("1.2.3")  # expect-error: ValueError: could not convert string to float: '1.2.3'
