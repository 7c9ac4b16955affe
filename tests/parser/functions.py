def f():
    pass
def f(a):
    return a
def f(a, b):
    return
def f(a, b=1):
    return a, b
def f(a=1, b=2):
    pass
def f(*args):
    pass
def f(**kwargs):
    pass
def f(*args, **kwargs):
    pass
def f(a, *, b):
    pass
def f(a, *, b=1, c):
    pass
def f(a, /, b):
    pass
def f(a, /):
    pass
def f(a, b=1, /, c=2):
    pass
def f(a, /, b, *, c):
    pass
def f(a, /, *, b):
    pass
def f(a, b, /, c, d=1, *e, f, g=2, **h):
    pass
def f(a: int, b: str = "x", *c: int, d: float, **e: dict) -> None:
    pass
def f(*args: *Ts):
    pass
def f() -> int: return 1
def f(a,): pass
def f(*, a,): pass
def f(**k,): pass
def f(a=1, *, b): pass
def f(a=1, /): pass
@dec
def f():
    pass
@dec
@dec2(1)
@dec.attr
@dec[0]
@(lambda f: f)
def f():
    pass
@x := y
def f(): pass
def g():
    yield
    yield 1
    yield from x
    x = yield
    y = yield from z
    await y
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
class A:
    pass
class A(B):
    pass
class A(B, C):
    x = 1
    def m(self):
        return self.x
class A(metaclass=M):
    pass
class A(B, metaclass=M, **kw):
    pass
class A(*bases):
    pass
class A():
    pass
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
class E(Enum):
    A = auto()
    B = auto()
def f(): return lambda: (yield)
def f(a, b, /, c, *, d): """doc"""
class A: x = 1; y = 2
def print(): pass
def f(
    a,
    b = 2,
    *args,
    c: int = 3,
    **kwargs,
) -> "str":
    pass
