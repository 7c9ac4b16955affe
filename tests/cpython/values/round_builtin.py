print(round(3.14159, 2), round(3.14159, 0), round(3.14159), round(-3.5), round(4.5), round(5.5))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1e300, 2), round(1.5e-300, 300))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), round(7, 1), round(True))
print(round(123456789, -3), round(10**30 + 5 * 10**10, -11))
print(round(float('inf'), 2), round(float('nan'), 1), round(-0.0), round(-0.4), round(-0.0, 1))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round('x')
except TypeError as e:
    print(e)
try:
    round(1.5, 'a')
except TypeError as e:
    print(e)
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3))
