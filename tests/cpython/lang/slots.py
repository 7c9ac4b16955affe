class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x)

class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, sorted(q.__dict__))

class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError:", e)

class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

class ClassVarConflict:
    __slots__ = ("v",)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

print(type(P.x).__name__)
print(P.__slots__)

class Uninit:
    __slots__ = ("a",)
try:
    Uninit().a
except AttributeError as e:
    print("AttributeError:", e)
