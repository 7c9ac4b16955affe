class Base:
    def __new__(cls, *args, **kw):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v)
    def __getattribute__(self, k):
        if k == "magic":
            return 42
        return super().__getattribute__(k)
class Child(Base):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        return inst
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c.x, c.y, c.magic)
class A:
    @property
    def val(self):
        return "A.val"
    @val.setter
    def val(self, v):
        print("A setter", v)
class B(A):
    @A.val.getter
    def val(self):
        return "B.val via " + super().val
    @val.setter
    def val(self, v):
        print("B setter", v)
        A.val.fset(self, v)
b = B()
print(b.val)
b.val = 3
class C1:
    def f(self): return "C1"
class C2(C1):
    def f(self): return "C2>" + super().f()
class C3(C1):
    def f(self): return "C3>" + super().f()
class C4(C2, C3):
    def f(self): return "C4>" + super().f()
print(C4().f())
print(super(C2, C4()).f(), super(C3, C4()).f())
sup = super(C4, C4())
print(type(sup).__name__, sup.f())
print(repr(super(C2, C4()))[:35])
class M:
    @classmethod
    def make(cls):
        return cls.__name__
class N(M):
    @classmethod
    def make(cls):
        return "N>" + super().make()
    @staticmethod
    def smake():
        return super(N, N).make()
print(N.make(), N().make(), N.smake())
print(super(N, N).make())
try:
    super(N, 1)
except TypeError as e:
    print(e)
try:
    super(1, 1)
except TypeError as e:
    print(e)
class WithInitKw:
    def __init__(self, *, a, **rest):
        super().__init__(**rest)
        self.a = a
class Other:
    def __init__(self, *, b):
        self.b = b
        super().__init__()
class Combined(WithInitKw, Other):
    pass
co = Combined(a=1, b=2)
print(co.a, co.b)
try:
    Combined(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    object.__init__(object(), 1)
except TypeError as e:
    print(e)
class Z:
    def __init__(self):
        super().__init__(5)
try:
    Z()
except TypeError as e:
    print(e)
class SelfRef:
    def meth(self):
        return __class__.__name__
    def meth2(self):
        __class__ = "shadowed"
        return __class__
print(SelfRef().meth(), SelfRef().meth2())
class Outer:
    def make(self):
        class Inner(Outer):
            def make(self):
                return "Inner>" + super().make()
        return Inner
    def hello(self): return "hello"
I = Outer().make()
print(I().hello(), I.__qualname__)
class Desc:
    def __get__(self, obj, t):
        return "desc on " + t.__name__
class P:
    d = Desc()
class Q(P):
    def get(self):
        return super().d
print(Q().get())
class SuperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
sd = SuperDict()
sd["a"] = 5
print(sd["a"], dict(sd), sd.get("a"))
class SuperList(list):
    def append(self, v):
        super().append(v)
        super().append(v)
sl = SuperList([1])
sl.append(2)
print(sl, len(sl), type(sl).__name__, sl + [3], type(sl + [3]).__name__)
class SInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
    def __repr__(self):
        return f"SInt({int(self)})"
print(SInt(4), SInt(4) + 1, repr(SInt(2)), str(SInt(3)))
class SStr(str):
    def shout(self): return self.upper() + "!"
ss = SStr("hey")
print(ss.shout(), ss + "x", type(ss + "x").__name__, type(ss.upper()).__name__, ss == "hey", repr(ss), len(ss))
class STuple(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
st = STuple(1, 2)
print(st, st.first, st + (3,), len(st), type(st).__name__)
