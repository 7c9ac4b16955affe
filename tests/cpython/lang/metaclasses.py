class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v): self.v = v
a = A(5)
print(a.v, A.injected, type(A).__name__, A, isinstance(A, Meta))
class B(A):
    pass
print(type(B).__name__)
class M2(type): pass
try:
    class C(A, metaclass=M2): pass
except TypeError as e:
    print(e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())
class NewOther:
    def __new__(cls, *a):
        return 42
    def __init__(self):
        print("never")
print(NewOther())
class NewSelf:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.made = x
        return inst
    def __init__(self, x):
        self.inited = x * 2
n = NewSelf(3)
print(n.made, n.inited)
try:
    object.__new__(NewSelf, 1)
    print("ok new")
except TypeError as e:
    print(e)
class NoInit: pass
for bad in [lambda: NoInit(1), lambda: object(1), lambda: NoInit(a=1), lambda: int.__new__(str), lambda: object.__new__(int), lambda: type("X", (1,), {}), lambda: type("X"), lambda: type(1, 2, 3), lambda: type("X", (), {}, 1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class WithInitArgs:
    def __init__(self, a): pass
for bad in [lambda: WithInitArgs(), lambda: WithInitArgs(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Super0:
    @classmethod
    def cm(cls):
        return super().__repr__
    @staticmethod
    def sm():
        try:
            return super().x
        except RuntimeError as e:
            return str(e)
    def nested(self):
        def inner():
            return super().__str__()
        try:
            return inner()
        except RuntimeError as e:
            return str(e)
    def usesclass(self):
        return __class__
print(Super0.sm(), Super0().nested(), Super0().usesclass().__name__)
print(type(Super0.cm()).__name__)
T = type("T", (object,), {"__init__": lambda self, x: setattr(self, "x", x)})
print(T(4).x, T.__qualname__, T.__module__)
class D:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class E(D, extra=1): pass
print(type.__name__, type(type), type(object), object.__class__, A.__class__.__class__)
class Meta3(type):
    def __new__(m, name, bases, ns):
        ns["added"] = name.lower()
        return type.__new__(m, name, bases, ns)
class Q(metaclass=Meta3): pass
print(Q.added, Q.__dict__["added"])
print(vars(Q).get("added"), "__dict__" in dir(Q) or True)
class P:
    def __repr__(self): return "P!"
print(type.__repr__(P), repr(P)[:16])
print(int.__name__, int.__qualname__, int.__module__, P.__module__)
