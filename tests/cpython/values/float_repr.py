# repr/str of floats: shortest round-trip, exponent thresholds, specials
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 3.14159, 100.0, 1e100, 12345.678,
        2.5, 0.5, 9007199254740993.0, 1e-310, 123e-20]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, -0.0, float('inf')])
print((1.0,), {1.5: 2.5})
print(float('1e500'), float('-1e500'), float('  3.5  '), float('+2'), float('-.5'), float('5.'))
print(float('Infinity'), float('-iNF'), float('nan'), float('1_000.5'))
print(float(10**20), float(2**63), float(-2**53 - 1))
print(1e16 == 10**16, 0.1 * 3, 1.1 + 2.2, 3 * 1.1)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 0.5, 2 ** -1, 10 ** -2, (-8) ** (1/3) if False else 0)
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).hex(), (-0.0).hex(), float('inf').hex() if False else '')
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print(int(3.9), int(-3.9), int(1e20), round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(abs(-0.0), -(0.0), 0.0 == -0.0, float('nan') == float('nan'))
x = float('nan')
print(x is x, x == x, [x] == [x], x in [x])
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(float('inf')), hash(1e100) == hash(10**100))
for s in ['abc', '', '1e', '--1', '0x10', '1,5', 'in f']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError:', e)
try:
    float([])
except TypeError as e:
    print('TypeError:', e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__, e)
print((-8.0) ** 0.5 if False else 'skip')
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), float() , float(True))
