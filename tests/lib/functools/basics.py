# reduce, partial, cmp_to_key, wraps, lru_cache/cache, total_ordering, cached_property, singledispatch.
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1))  # expect: 6 1
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)  # expect: reduce() of empty iterable with no initial value
def g(a, b, c=0):
    return a + b + c
pg = functools.partial(g, 1, c=5)
print(pg(2), pg.args, pg.keywords, pg.func is g)  # expect: 8 (1,) {'c': 5} True
print(repr(functools.partial(max, 1, key=abs)))  # expect: functools.partial(<built-in function max>, 1, key=<built-in function abs>)
pp = functools.partial(pg, 10)
print(pp(), pp.args)  # expect: 16 (1, 10)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))  # expect: [3, 2, 1]
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def named():
    "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)  # expect: named doc named
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())  # expect: 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq.cache_info())  # expect: 1 4 1 9 4 CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
sq.cache_clear()
print(sq.cache_info())  # expect: CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
@functools.cache
def cube(n):
    return n ** 3
print(cube(3), cube(3), cube.cache_info())  # expect: 27 27 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))  # expect: True True False
class CP:
    @functools.cached_property
    def val(self):
        print("computing")  # expect: computing
        return 42
cp = CP()
print(cp.val, cp.val)  # expect: 42 42
@functools.singledispatch
def show(x):
    return "object"
@show.register
def _(x: int):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([1]), show("s"), show(True))  # expect: int list object int
