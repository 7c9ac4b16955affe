a = 2 ** 100
b = 3 ** 50
print(a, b, a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, divmod(a, b), divmod(-a, b))
print(a / b, a / 7, 10**400 // 10**398, (10**30) / (10**10))
print(pow(2, 200), pow(3, 100, 10**9 + 7), pow(-2, 63), pow(2, -2), pow(5, -1, 7))
print(a >> 10, a << 10, -a >> 3, a & (2**80 - 1), a | 1, a ^ (a - 1), ~a)
print((2**64 - 1).bit_length(), (-2**64).bit_length(), (0).bit_length(), (255).bit_count() if hasattr(int, 'bit_count') else 8)
print(abs(-a), -a, +a, a == 2**100, a > b, a < b, a == float(a), a + 0.5)
print(int('123456789012345678901234567890'), int('-0x' + 'f' * 20, 16), int('1' * 70, 2))
print(int('zz', 36), int('0b1010', 0), int('0o777', 0), int(' 42 '), int('1_000_000'), int('-  5'.replace(' ', '')))
print(hex(a), oct(a), bin(2**70), hex(-a), format(a, 'x'), format(a, ','), format(a, '_'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes(b'\x00' * 20 + b'\x01', 'big'))
print((2**100).to_bytes(13, 'big'))
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4611686018427387903 + 1, -4611686018427387904 - 1)
print(4611686018427387904 * 2, 3037000500 * 3037000500, (-2)**63 // -1, 2**62 * -2)
print(sum(range(10**6)), 10**18 * 10, 123456789 ** 3)
import math
print(math.factorial(30), math.gcd(2**100, 6**50), math.isqrt(10**40 + 1), math.comb(100, 50))
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(10**30) == hash(10**30 % (2**61 - 1)))
print(int(True), True + True, True * 10, -True, ~True, False ** 0)
try:
    (1).to_bytes(1, 'big', signed=False) ; (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    a / 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(a, 0)
except ZeroDivisionError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    float(10**400)
except OverflowError as e:
    print(e)
try:
    10**400 / 3
except OverflowError as e:
    print(e)
try:
    2.0 * 10**400
except OverflowError as e:
    print(e)
print(10**400 // 3 % 1000, 10**400 > 1e308, 10**400 > float('inf'), -10**400 < float('-inf'))
print(0 ** 0, (-1) ** 0.5 == 1j ** 1 if False else 'x', 2 ** 0.5)
