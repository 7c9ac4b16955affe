class Temp:
    unit = "C"
    instances = 0

    def __init__(self, deg):
        self._deg = deg
        Temp.instances += 1

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @property
    def deg(self):
        return self._deg

    @deg.setter
    def deg(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._deg = v

    @deg.deleter
    def deg(self):
        print("deleting")
        del self._deg

t = Temp.from_f(212)
print(t.deg, Temp.c_to_f(100), t.c_to_f(0), type(t).__name__)
t.deg = 50
print(t.deg)
try:
    t.deg = -300
except ValueError as e:
    print("ValueError:", e)
del t.deg
try:
    t.deg
except AttributeError as e:
    print("AttributeError:", e)

class Sub(Temp):
    unit = "K"
s = Sub.from_f(32)
print(type(s).__name__, s.deg)

class RO:
    @property
    def x(self):
        return 42
r = RO()
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)

class WriteOnly:
    def _set(self, v): self._v = v
    v = property(None, _set, None, "docs")
w = WriteOnly()
w.v = 5
print(w._v, WriteOnly.v.__doc__)
try:
    w.v
except AttributeError as e:
    print("AttributeError:", e)

print(type(Temp.__dict__['from_f']).__name__, type(Temp.__dict__['c_to_f']).__name__, type(Temp.__dict__['deg']).__name__)
print(isinstance(Temp.deg, property), Temp.deg.fget.__name__)

class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
l = Lazy()
print(l.value, l.value, l.calls)

class CM:
    @classmethod
    def make(cls, *args):
        return cls, args
    @staticmethod
    def st(*args):
        return args
print(CM.make(1, 2)[1], CM().make()[0].__name__, CM.st(1), CM().st(2, 3))

sm = staticmethod(len)
print(sm.__func__ is len)
class UsesSM:
    length = staticmethod(len)
print(UsesSM().length("abcd"))

# property on class returns property itself
print(type(Lazy.value).__name__)

class PropErr:
    @property
    def bad(self):
        raise KeyError("inner")
try:
    PropErr().bad
except KeyError as e:
    print("KeyError:", e)

class PropAttrErr:
    @property
    def bad(self):
        return self.nope
try:
    PropAttrErr().bad
except AttributeError as e:
    print("AttributeError:", e)
