class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"__set_name__({owner.__name__}, {name!r})")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.private)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__, Person.age.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)

# non-data descriptor is shadowed by instance dict
class NonData:
    def __get__(self, obj, typ=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr, Holder.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)

# data descriptor wins over instance dict
class DataD:
    def __get__(self, obj, typ=None):
        return "data descr"
    def __set__(self, obj, v):
        obj.__dict__["attr"] = v
class Holder2:
    attr = DataD()
h2 = Holder2()
h2.attr = 5
print(h2.attr, h2.__dict__)

# descriptor with only __set__ (no __get__)
class SetOnly:
    def __set__(self, obj, v):
        print("SetOnly.__set__", v)
class H3:
    a = SetOnly()
h3 = H3()
h3.a = 1
print(type(h3.a).__name__)

# functions are descriptors
def free(self, x):
    return ("free", x)
class Attach:
    pass
Attach.m = free
print(Attach().m(1))
bound = free.__get__(Attach(), Attach)
print(bound(2))
print(free.__get__(None, Attach) is free)

# class-level __get__ receives owner
class Owner:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class UsesOwner:
    o = Owner()
print(UsesOwner.o, UsesOwner().o)

# cached property-like
class cached:
    def __init__(self, f):
        self.f = f
    def __set_name__(self, owner, name):
        self.n = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.n] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @cached
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)

# __set_name__ error wrapping
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class UsesBad:
        x = BadSetName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)

# __init_subclass__
class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append(cls.__name__)
class A(Plugin, key="a"): pass
class B(Plugin): pass
class C(A, key="c"): pass
print(Plugin.registry, A.key, B.key, C.key)
try:
    class D(Plugin, bad=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(bad=1): pass
except TypeError as e:
    print("TypeError:", e)
