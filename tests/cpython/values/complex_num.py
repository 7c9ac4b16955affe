vals = [1j, 2 + 3j, -1j, 1.5 - 2.5j, complex(0, 0), complex(-0.0, 0), complex(1, -0.0), complex(float('inf'), float('nan')), 1e20j, 1e-7 + 1j, complex(3), complex(2.5, 1), complex('1+2j'), complex(' ( -3.5e2-4J ) '), complex('j'), complex('-j'), complex('5'), complex('nan-infj'), complex('1_0+2_0j')]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v) if v == v else 'nan', bool(v))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, abs(a), a == 3 + 4j, a != b, a == complex(3, 4))
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, 1 - a, a - 1.5, 2 ** a, 2.0 ** (1j), (1j) ** 2, (1j) ** -1, (2 + 0j) ** 10, (1 + 1j) ** 100)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, pow(-4, 0.5), 0j ** 0, 0j ** 2, complex(1, 1) ** 0)
print(1j == 1j, 1 + 0j == 1, 1.0 == 1 + 0j, 2 == 2 + 0j, 1j == 1, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j) == hash(complex(0, 1)), hash(3 + 4j))
print(sum([1j, 2, 3.5]), [1j, 2j], {1j: 'i'}, (1 + 2j,), sorted([1, 2], key=lambda x: x * 1j == 0), isinstance(1j, complex), type(1j).__name__, complex.__name__)
print(complex(), complex(1, 2), complex(1 + 2j, 3), complex(1, 2j), complex(1j, 1j), complex(True), complex(real=5), complex(imag=2), complex(2.0, imag=-1))
class C:
    def __complex__(self): return 7 + 1j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 4
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
for bad in [lambda: complex('abc'), lambda: complex('1+2'), lambda: complex('1+2j+3'), lambda: complex(''), lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]), lambda: complex(1, []), lambda: complex('(1+2j'), lambda: complex('1__0j'),
            lambda: 1j < 2j, lambda: 1j > 1, lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 1), lambda: int(1j), lambda: float(1j), lambda: 1j / 0, lambda: 1j / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: pow(1j, 2, 3),
            lambda: round(1j), lambda: sorted([1j, 2j]), lambda: max(1j, 2j), lambda: (1e200 + 1e200j) ** 2, lambda: abs(complex(1e308, 1e308)), lambda: complex(10**400), lambda: 1j + 'a', lambda: 'a' * 1j, lambda: [1][a]]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
import math
try:
    math.sqrt(1j)
except TypeError as e:
    print(e)
c = complex(1234.5678, -2.5)
for s in ['', '>30', '<30', '^30', '*^30', '+', ' ', '.2', '.2f', 'e', 'g', '#g', ',', '_.3f', '10.1f', 'n', '.0f', '.3e', 'E', 'F', 'G', '%', 'd', '0', '010', '=10', 's']:
    for v in [c, 3j, complex(-0.0, 2), complex(float('nan'), float('inf')), complex(0.0, -0.0), complex(1e20, 1e-20)]:
        try:
            print(repr(s), repr(format(v, s)))
        except (ValueError, TypeError) as e:
            print(repr(s), type(e).__name__, e)
print(f'{1+2j}', f'{3j:>8}', f'{1.5-1j:.1f}', '%s %r' % (1j, 2j), '{}'.format(-1j), str(1e16j), repr(complex(1e16, 1)))
x = 1 + 1j
x += 1; x *= 2j; x -= 1j; x /= 2
print(x, x.real.is_integer(), (2 + 3j).__complex__() if hasattr(complex, '__complex__') else '', complex.conjugate(3 - 4j))
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, type(m + 1).__name__, m.real, isinstance(m, complex))
import numbers
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(1.0, numbers.Complex))
