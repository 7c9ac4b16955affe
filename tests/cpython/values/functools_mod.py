import functools
from functools import partial, reduce, lru_cache, wraps, total_ordering, cached_property, cache, singledispatch
def power(base, exp): return base ** exp
sq = partial(power, exp=2); cube = partial(power, exp=3)
print(sq(5), cube(2), partial(power, 2)(8), sq.func is power, sq.args, sq.keywords, partial(partial(power, 2), 3)(), partial(print, sep='-')('a', 'b'))
print(repr(partial(int, base=2))[:25], partial(int, base=2)('101'))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq2(x):
    print('compute', x); return x * x
sq2(1); sq2(2); sq2(1); sq2(3); sq2(2)
print(sq2.cache_info(), sq2.__name__, sq2.__wrapped__.__name__)
@lru_cache
def noargs(a, b=1): return a + b
print(noargs(1), noargs(1, b=1), noargs(a=1), noargs.cache_info())
@cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info())
@lru_cache(maxsize=3, typed=True)
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
try:
    fact([])
except TypeError as e:
    print(e)
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def hello(name):
    """Say hello."""
    return 'hi ' + name
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Ver({self.v})'
print(Ver(1) < Ver(2), Ver(1) <= Ver(1), Ver(3) > Ver(2), Ver(2) >= Ver(3), sorted([Ver(3), Ver(1)]), max(Ver(1), Ver(5)))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area, 'area' in vars(c))
del c.area; print(c.area)
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
p = partial(lambda *a, **k: (a, k), 1, x=2)
print(p(3, y=4), p(x=5))
class Adder:
    def __init__(self, n): self.n = n
    add = functools.partialmethod(lambda self, x, y: self.n + x + y, 10)
print(Adder(1).add(5))
