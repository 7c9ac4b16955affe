class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)

class T:
    pass
t = T()
p = Proxy(t)
p.a = 1
print(p.a, t.a)
del p.a
print(hasattr(t, "a"), p.log)
try:
    p.zzz
except AttributeError as e:
    print("AttributeError:", e)

class Computed:
    def __getattr__(self, name):
        if name.startswith("x"):
            return len(name)
        raise AttributeError(f"no {name}")
c = Computed()
print(c.x, c.xxx, getattr(c, "xy", None), getattr(c, "y", "dflt"), hasattr(c, "q"))

class Intercept:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
i = Intercept()
print(i.real, i.secret, i.other)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}: frozen")
    def __delattr__(self, k):
        raise AttributeError("frozen")
f = Frozen(3)
print(f.v)
for act in [lambda: setattr(f, "v", 4), lambda: delattr(f, "v")]:
    try:
        act()
    except AttributeError as e:
        print("AttributeError:", e)

class GAraise:
    def __getattribute__(self, n):
        raise KeyError(n)
try:
    GAraise().foo
except KeyError as e:
    print("KeyError:", e)
print(getattr(GAraise, "__name__"))

class Dyn:
    pass
d = Dyn()
for k in ["a", "b", "c"]:
    setattr(d, k, k * 2)
print(sorted(vars(d).items()), d.b)
print(getattr(d, "a"), delattr(d, "a"), hasattr(d, "a"))
try:
    getattr(d, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(d, 1, 1)
except TypeError as e:
    print("TypeError:", e)
d.__dict__["direct"] = 5
print(d.direct)
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)

# __dir__
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))

class Plain:
    cls_attr = 1
    def method(self): pass
pl = Plain()
pl.inst = 2
print([n for n in dir(pl) if not n.startswith("__")])

# attribute lookup on builtins
for expr in [lambda: (1).foo, lambda: "s".bar, lambda: [].baz, lambda: None.x, lambda: int.nope, lambda: (1).real.nope]:
    try:
        expr()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".upper = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Plain.nothere
except AttributeError as e:
    print("AttributeError:", e)
