print((255).to_bytes(), (1).to_bytes(4, 'little'), int.from_bytes(b'\x01\x00'), (65).to_bytes(1, byteorder='big'), (-129).to_bytes(2, 'big', signed=True), int.from_bytes([1, 2], 'big'), int.from_bytes(bytearray(b'\xff'), 'little', signed=True))
print((10).bit_length(), (-10).bit_count(), (7).as_integer_ratio(), (-3).conjugate(), True.real, (5).__index__(), (3).__abs__(), (2).__pow__(10), (7).__floordiv__(2), (7).__rtruediv__(2), int.__add__(2, 3))
for v in [0.5, -1.25, 1e300, 1e-300, 3.0, float('inf'), 0.0, -0.0, 1.1]:
    print(v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio() if v == v and abs(v) != float('inf') else None, v.is_integer(), v.conjugate(), v.real, v.imag)
for s in ['0x1p-1074', '-0x1.fffffffffffffp+1023', '0X1P4', ' 0x.8 ', '1p3', 'inf', '0x1.8', '0x10']:
    try:
        print(s, float.fromhex(s))
    except ValueError as e:
        print('ValueError', e)
for v, nd in [(2.5, None), (3.5, None), (-2.5, None), (2.675, 2), (1.005, 2), (0.125, 2), (1234.5678, -2), (1250.0, -2), (-0.5, None), (5e-324, 400), (1e308, -308), (123.456, 1), (float('inf'), None)]:
    try:
        print(v, nd, round(v, nd) if nd is not None else round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(12345, -1), round(12355, -1), round(-12345, -1), round(15, -1), round(25, -1), round(10**20 + 5, -1), round(7, 0), round(7, 5), type(round(7, -1)))
print(divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1), divmod(1e300, 1e-300)[0] > 0, 7.5 // 0.1, 7.5 % 0.1, -7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 % -2, (-7).__divmod__(2))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e16 + 1, 2**53 + 1.0, float(2**53 + 1), int(2**53 + 1.0), 1 / 3 * 3, 3 * 0.1, 0.1 * 3, 1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
print(int('  -0012  '), int('0b101', 2), int('0o17', 8), int('0x1F', 16), int('z', 36), int('Z', 36), float('  -1.5e-3  '), float('1_0.5'), int(-0.9), int(0.9999999999999999), int(1e19))
print(7 .__truediv__(0) if False else '', (1).__truediv__(2), 10 ** -1, 2 ** -1074 > 0, (-1) ** 2.0, 0 ** 0.0, 0.0 ** 0, (-0.0) ** 3, 4 ** 0.5, 8 ** (1/3), (-27) ** 3)
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(2.9), math.copysign(0, -1), math.fmod(-7, 2), math.remainder(-7, 2), math.isqrt(0), math.factorial(1), math.comb(10, 0), math.perm(3, 5))
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1e100, 1, -1e100]), math.fsum([1e100, 1, -1e100]), sum([1, 2.5, 3]), sum([], 0.0), sum(range(10), 0.5))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max([1, 2], [1, 3]), max('10', '9'), max(True, 1), max(1, True), sorted([1, True, 1.0]), sorted([True, 1.0, 1]))
print(hash(-1), hash(-2), hash(2**61 - 2), hash(2**61 - 1), hash(2**64), hash(-2**61), hash(0.5), hash(-0.5), hash(1e308), hash(float('-inf')), hash(1.5) == hash(3 / 2), hash(10**20) == hash(float(10**20)))
