for s in ['12', ' -7 ', '+3', '0', '00', '1_0', '٣', '0x1f', '1e3', '', ' ', '1__0', '_1', '1_', '12a', '3.0', '--1']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print('ValueError:', e)
for s, b in [('ff', 16), ('0xff', 16), ('0xff', 0), ('777', 8), ('z', 36), ('10', 2), ('12', 2), ('010', 0), ('0', 0), ('0b', 0), ('1', 1), ('1', 37)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print('ValueError:', e)
for v in [3.7, -2.5, True, b'42', bytearray(b'9'), '  12\n']:
    print(int(v))
for v in [None, [], {}, 1j if False else (1,)]:
    try:
        int(v)
    except TypeError as e:
        print('TypeError:', e)
try:
    int(3.5, 10)
except TypeError as e:
    print('TypeError:', e)
try:
    int('12', base='x')
except TypeError as e:
    print('TypeError:', e)
class I:
    def __index__(self): return 5
class T:
    def __int__(self): return 7
class Tr:
    def __trunc__(self): return 9
print(int(I()), int(T()), [10, 20, 30, 40, 50, 60][I()], hex(I()), bin(I()))
try:
    hex(T())
except TypeError as e:
    print('TypeError:', e)
try:
    fl = 1.0; [1][fl]
except TypeError as e:
    print('TypeError:', e)
print(bool(0), bool(''), bool([]), bool('0'), bool(0.0), bool(-0.0), bool(None), bool(()), bool({}), bool(set()), bool(range(0)))
print(str(12), str(-0.5), str(True), str(None), str(b'x'), str([1, 'a']), str(), repr(''), str('a\nb'))
class B:
    def __bool__(self): return 3
try:
    bool(B())
except TypeError as e:
    print('TypeError:', e)
class L:
    def __len__(self): return -1
try:
    bool(L())
except ValueError as e:
    print('ValueError:', e)
class L2:
    def __len__(self): return 0
print(bool(L2()), not L2())
print(float(' 1.5\n'), float(I()) if hasattr(I, '__float__') else 'noflt')
print(int('1' * 30), int('-' + '9' * 25))
print(int.__name__, int(), int(-0), int('-0'), 5 .real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
