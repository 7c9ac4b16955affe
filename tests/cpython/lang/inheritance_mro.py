class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B"
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C"
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def chain(self): return ["D"] + super().chain()

print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print(D.mro() == list(D.__mro__))

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])

try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class FromInt(1): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)

class Mixin:
    def __init__(self, *a, **k):
        print("Mixin init")
        super().__init__(*a, **k)

class Child(Mixin, Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

ch = Child(1, 2)
print(ch.x, ch.y)

# super with explicit args
class P:
    def f(self): return "P.f"
    @classmethod
    def cm(cls): return "P.cm " + cls.__name__
class Q(P):
    def f(self): return "Q.f>" + super(Q, self).f()
    @classmethod
    def cm(cls): return "Q.cm>" + super().cm()
class R(Q):
    def f(self): return "R.f>" + super(Q, self).f()
print(R().f(), Q().f(), R.cm())

# super outside
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)

class S:
    def m(self):
        return super().missing
try:
    S().m()
except AttributeError as e:
    print("AttributeError:", e)

print(super(Q, Q()).f())
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)

# overriding and calling base explicitly
class Shape:
    def area(self): raise NotImplementedError("subclass must implement")
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)

print(A.__subclasses__() == [B, C])
print(object.__bases__, A.__base__, D.__base__)
