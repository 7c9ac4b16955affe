sq = lambda x: x * x
print(sq(7), sq.__name__)
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!")
print((lambda: (yield 1))().__class__.__name__)
print(list((lambda: (yield from [1, 2]))()))
fs = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print(fs["a"](), fs["b"]())
print((lambda x: (lambda y: x + y))(3)(4))
print(repr((lambda: None)()))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
