import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(5), type(math.floor(2.5)).__name__)
print(math.pow(2, 10), math.exp(1), math.log(100, 10), math.log(math.e), math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.degrees(math.pi), math.radians(180), math.sinh(0), math.cosh(0), math.tanh(0), math.fabs(-3), math.copysign(3, -0.0))
print(math.factorial(0), math.factorial(10), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.isqrt(17))
print(math.comb(5, 2), math.comb(5, 6), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3]), math.prod([]), math.prod([2.5, 2], start=2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isnan(float('nan')), math.isinf(-math.inf), math.isfinite(1e308), math.dist((0, 0), (3, 4)))
print(math.modf(3.5), math.modf(-2.25), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.floor(1e20), math.ceil(-0.5))
print(math.sqrt(0.0), math.sqrt(-0.0), math.exp(-1000), math.atan(math.inf), math.erf(0), math.gamma(5), math.lgamma(1), math.nextafter(1, 2), math.ulp(1.0))
print(math.floor(10**20), math.ceil(10**20 + 0.0) == 10**20, math.trunc(1e18), math.comb(50, 25), math.factorial(25))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.acos, (2,)), (math.exp, (1000,)),
                (math.floor, ('a',)), (math.sqrt, ('x',)), (math.comb, (-1, 2)), (math.isqrt, (-4,)), (math.pow, (0, -1)), (math.fmod, (1, 0)), (math.log, (10, 1)),
                (math.gcd, (1.5,)), (math.floor, (math.inf,)), (math.ceil, (math.nan,)), (math.ldexp, (1.0, 10**6)), (math.dist, ((1,), (1, 2))), (math.perm, (3, -1))]:
    try:
        print(f.__name__, f(*args))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
print(round(math.sin(math.pi), 10), round(math.cos(math.pi / 3), 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.sumprod([1, 2], [3, 4]) if hasattr(math, 'sumprod') else 11, math.cbrt(27) if hasattr(math, 'cbrt') else 3.0)
