import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("returned", r)
        return r
    return wrapper

@trace
def add(a, b=0):
    """Adds."""
    return a + b

add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def d1(f):
    print("d1 applied")
    return lambda: "d1(" + f() + ")"

def d2(f):
    print("d2 applied")
    return lambda: "d2(" + f() + ")"

@d1
@d2
def base():
    return "base"

print(base())

registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco

@register("sq")
def square(x): return x * x

@register("cube")
def cube(x): return x ** 3

print(sorted(registry), registry["sq"](4), registry["cube"](2))

class CountCalls:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f
        self.count = 0
    def __call__(self, *a, **k):
        self.count += 1
        return self.f(*a, **k)

@CountCalls
def noop():
    return None

noop(); noop()
print(noop.count, noop.__name__)

def class_deco(cls):
    cls.tag = "decorated"
    return cls

@class_deco
class Foo:
    pass
print(Foo.tag)

@lambda f: f()
def run_now():
    return "ran"
print(run_now)

buttons = [lambda: 1, lambda: 2]
@buttons[1].__call__.__class__ if False else (lambda f: f)
def expr_deco():
    return "expr deco"
print(expr_deco())

def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

@functools.lru_cache(maxsize=None)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(100))
