import sys
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, -7.5 // 2, -7.5 % 2, 7.5 % -2)
print(divmod(-7, 2), divmod(7.5, -2), divmod(0, 5), divmod(-0.0, 1))
print(2 ** -1, (-8) ** (1/3) if False else "skip", 2 ** 0.5, (-2) ** 2, -2 ** 2, 0 ** 0, 0.0 ** 0)
print(pow(3, -1, 7), pow(2, 100, 10**9+7), pow(-2, 3), pow(2.0, 3))
print(10 / 4, 10 / 5, type(10 / 5).__name__, 1e308 * 10, -1e308 * 10, 1e-320)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(5, 1), type(round(2.5)).__name__, round(1.5, None))
print(int(3.99), int(-3.99), int("  42  "), int("-0b101", 0), int("0o17", 0), int("ff", 16), int("1_000"), int(True))
print(float("  1.5  "), float("inf"), float("-iNF"), float("nan"), float("1e-3"), float(" 1_0.5 "))
print(True + True, True * 3, False - 1, True / 2, ~True, -True, True & False, True | False, True ^ True, type(True & False).__name__)
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -(2 ** 64) // 3, (2 ** 64) % -7, abs(-2 ** 70))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e100, 123456789.123456789, 1.0, -0.0, 5e-324, 1.7976931348623157e308)
print(3 * 1.1, 0.1 * 3, 100 * 1.1, 1.1 ** 2, 1e16 + 1, 2 ** 53 + 1.0)
print(int(1e20), int(-1e20), int(2.5e-5), float(2 ** 100), 2 ** 100 / 2 ** 99, 10 ** 20 / 3)
print(7 == 7.0, hash(7) == hash(7.0), 2 ** 64 == 2.0 ** 64, 0.5 == 1 / 2, 1 < 1.5 < 2, (2 ** 63) > 1e18)
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1, 0), lambda: divmod(1.0, 0),
            lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: 10.0 ** 400, lambda: 2 ** 10000 * 1.0,
            lambda: float(10 ** 400), lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("12a"), lambda: int("", 10), lambda: int("5", 1),
            lambda: int("5", 37), lambda: float("abc"), lambda: float(""), lambda: 1 << -1, lambda: 1 >> -1, lambda: int(None), lambda: float([]), lambda: round(1.5, "x"),
            lambda: int("0x10", 16) if False else int("0x1g", 16), lambda: int(3.5, 10), lambda: round(float("inf")), lambda: round(float("nan")), lambda: 1 << 10 ** 20,
            lambda: (2 ** 10000) / (2 ** -1), lambda: 10 ** 400 / 1.0, lambda: 10 ** 400 / 3, lambda: sum([1, "a"]), lambda: abs("x"), lambda: -"x", lambda: ~1.5]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.maxsize, -sys.maxsize - 1, 2 ** 62, 2 ** 63 - 1, -(2 ** 63), 4611686018427387903 + 1, -4611686018427387904 - 1)
print(4611686018427387904 * 2, 3037000499 ** 2, 3037000500 ** 2, (2 ** 62) * -2, (-2) ** 63, -(-(2 ** 62)))
print(abs(-4611686018427387904), -(-4611686018427387904), 4611686018427387904 // -1, (-4611686018427387904) // -1, divmod(-4611686018427387904, -1))
print(int.bit_length(255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else 2)
print(0.1.hex() if hasattr(float, "hex") else "", (1.5).as_integer_ratio(), (3.0).is_integer(), float.fromhex("0x1.8p1"))
print(max(1, 2.0), min(1, 1.0), max([1, 3, 2]), sum([0.1] * 10), sum(range(10), 100), abs(-3.5), abs(True))
print(1_000_000, 0x_ff, 0b_1010, 0o_17, 1_0.0_1, 1e1_0)
print(isinstance(1, float), isinstance(1.0, int), isinstance(True, int))
print(5 .real, 5 .imag, (5).numerator, (5).denominator, 2.5.real, (2.5).imag, True.real)
print(int.__add__(1, 2), float.__mul__(2.0, 3), int.__add__(1, 2.0), (1).__truediv__(2), (1.0).__radd__(1))
