# Function argument forms: defaults, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, z=0))
print(f(a=1, c=3, b=7))

def pos_only(a, b, /, c, *, d):
    return a + b + c + d

print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc

print(mutable_default(1))
print(mutable_default(2))
print(mutable_default(3, []))

def kw_names(**kwargs):
    return list(kwargs)

print(kw_names(b=1, a=2, c=3))
print(kw_names(**{'x': 1, 'y': 2}, z=3))

def star_all(*args, **kwargs):
    return args, kwargs

print(star_all())
print(star_all(*[1, 2], *(3,), **{'a': 1}, **{'b': 2}))
print(star_all(*range(3), x=1))

args = (1, 2)
kwargs = {'c': 3, 'd': 4}
print(pos_only(*args, **kwargs))

def defaults_eval():
    print("evaluated")
    return 10

def g(x=defaults_eval()):
    return x

print(g(), g(1))
print(g.__defaults__)
print(f.__kwdefaults__)
print(f.__name__, f.__qualname__)

class C:
    def m(self):
        def inner():
            pass
        return inner

print(C.m.__qualname__, C().m().__qualname__)

def annotated(a: int, b: str = "x") -> bool:
    return True

print(annotated.__annotations__)

errors = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, c=3, a=4),
    lambda: pos_only(a=1, b=2, c=3, d=4),
    lambda: pos_only(1, 2, 3, 4),
    lambda: pos_only(1, 2, 3),
    lambda: g(1, 2),
    lambda: g(y=1),
    lambda: star_all(**{1: 2}),
    lambda: kw_names(1),
    lambda: f(1, c=3, **{'c': 4}),
    lambda: annotated(),
    lambda: annotated(1, 2, 3),
    lambda: pos_only(1, c=2, d=3),
]
for e in errors:
    try:
        e()
    except TypeError as ex:
        print("TypeError:", ex)

def h(a, b, c):
    return a, b, c

for call in [lambda: h(1), lambda: h(1, 2, 3, 4), lambda: h(1, 2, 3, b=5), lambda: h(1, d=2, b=3, c=4), lambda: h(c=1)]:
    try:
        call()
    except TypeError as ex:
        print("TypeError:", ex)

def ko(*, a, b):
    pass

for call in [lambda: ko(), lambda: ko(1), lambda: ko(a=1), lambda: ko(1, 2, a=1)]:
    try:
        call()
    except TypeError as ex:
        print("TypeError:", ex)

def one_default(a, b=1):
    pass
for call in [lambda: one_default(), lambda: one_default(1, 2, 3)]:
    try:
        call()
    except TypeError as ex:
        print("TypeError:", ex)
