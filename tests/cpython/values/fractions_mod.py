from fractions import Fraction as F
import math
print(F(3, 4), F(6, 8), repr(F(-6, 8)), F(5), F(1, -3), F(), F(2.5), F(0.1), F('3/7'), F(' -1.25e-2 '), F('1_000'), F('.5'), F('7.'), F('2E3'), F(F(1, 3), F(2, 5)))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, a ** 0.5, 2 ** F(1, 2), 4 ** F(2), F(-2, 3) ** -3)
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a < b, a > 0.3, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, 2 == F(2), F(1, 2) < 1, sorted([F(1, 2), 0.25, 1, F(1, 3)]))
print(float(a), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1), math.trunc(F(-7, 2)), abs(F(-1, 2)), -F(1, 2), +F(1, 2))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), {F(1, 2): 'half'}[0.5], bool(F(0)), bool(F(1, 9)), F(1, 3).numerator, F(1, 3).denominator, F(3, 9).as_integer_ratio())
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(1000), F('3.141592653589793').limit_denominator(100), F(1, 3).limit_denominator(), F.from_float(0.25), F.from_float(3))
print(sum([F(1, n) for n in range(1, 7)]), math.prod([F(1, 2)] * 3), max(F(1, 2), F(2, 3)), str(F(7, 1)), f'{F(1, 3)}', '%s' % F(2, 4), [F(1, 2)])
for bad in [lambda: F(1, 0), lambda: F('1/0'), lambda: F('abc'), lambda: F('1/2/3'), lambda: F(1.5, 2), lambda: F([1]), lambda: F(float('inf')), lambda: F(float('nan')), lambda: F(1, 2) / 0, lambda: F(0) ** -1, lambda: F(1, 2).limit_denominator(0), lambda: F.from_float('x'), lambda: F('1 /2'), lambda: F('1e'), lambda: F('')]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
class Money(F):
    pass
m = Money(3, 2)
print(type(m).__name__, repr(m), type(m + 1).__name__, m == F(3, 2))
