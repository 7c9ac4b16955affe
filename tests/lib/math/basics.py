# math: constants, float functions, exact integer functions, domain errors.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(2.5), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.floor(1e20), math.ceil(10**30), type(math.floor(2.0)).__name__)
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(10**100))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.factorial(20), math.factorial(25), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 30), math.lcm(4, 6))
print(math.isqrt(10**20), math.isqrt(99), math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(4))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2], start=5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fabs(-2))
print(math.dist((0, 0), (3, 4)), math.pow(2, 10), math.exp(0), math.remainder(7, 3))
for bad in ("math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.exp(1000)", "math.isqrt(-1)", "math.acos(2)"):
    try:
        eval(bad)
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
try:
    math.sqrt("x")
except TypeError as e:
    print(e)

# Expected output, in order:
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf nan
# expect: 4.0 1.4142135623730951 2 3 -3 -2
# expect: 100000000000000000000 1000000000000000000000000000000 int
# expect: 2.718281828459045 1.0 3.0 10.0 3.0 230.25850929940458
# expect: 0.0 1.0 0.7853981633974483 5.0 180.0 3.141592653589793
# expect: 2432902008176640000 15511210043330985984000000 6 0 6 12
# expect: 10000000000 9 120 0 20 24
# expect: 1.0 0.9999999999999999 24 1 10
# expect: True False True True True
# expect: -3.0 1.0 (0.5, 2.0) (0.5, 4) 8.0 2.0
# expect: 5.0 1024.0 1.0 1.0
# expect: math.sqrt(-1) ValueError math domain error
# expect: math.log(0) ValueError math domain error
# expect: math.factorial(-1) ValueError factorial() not defined for negative values
# expect: math.exp(1000) OverflowError math range error
# expect: math.isqrt(-1) ValueError isqrt() argument must be nonnegative
# expect: math.acos(2) ValueError math domain error
# expect: must be real number, not str
