class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y) if isinstance(o, V) else NotImplemented
    def __rsub__(self, o):
        return V(o - self.x, o - self.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        if mod is None:
            return V(self.x ** k, self.y ** k)
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __rpow__(self, base):
        return f"rpow {base}"
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __lshift__(self, n): return V(self.x << n, self.y << n)
    def __rshift__(self, n): return V(self.x >> n, self.y >> n)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __divmod__(self, k): return ("divmod", k)
    def __rdivmod__(self, k): return ("rdivmod", k)

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, 2.5 + a)
print(b - a, 10 - a, a * 3, 3 * a, a @ b)
print(b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5), 2 ** a)
print(-a, +a is a, abs(b), ~a, a << 2, b >> 1)
print(a & 1, a | 1, a ^ 1, 1 & a, 1 | a, 1 ^ a)
print(divmod(a, 3), divmod(3, a))

class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __repr__(self): return f"Acc({self.items})"

acc = Acc()
ref = acc
acc += 1
acc += 2
acc -= 1
acc *= 2
print(acc, ref is acc)

# in-place falls back to binary
v = V(1, 1)
orig = v
v += V(1, 1)
print(v, v is orig)
v **= 2
print(v)
v @= V(1, 1)
print(v)

# NotImplemented both sides
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
for expr in [lambda: N() + N(), lambda: a - 1, lambda: 1 + N(), lambda: "s" + a, lambda: N() * 2,
             lambda: a < b, lambda: [] + (), lambda: -N(), lambda: ~N(), lambda: N() @ N(), lambda: N() ** 2,
             lambda: pow(N(), 2, 3), lambda: abs(N()), lambda: N() // 1, lambda: N() << 1, lambda: divmod(N(), 1)]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)

i = N()
try:
    i += 1
except TypeError as e:
    print("TypeError:", e)
try:
    i -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    i @= 1
except TypeError as e:
    print("TypeError:", e)

# subclass reflected priority
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __add__(self, o): return "Derived.add"
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())

class MyInt(int):
    def __add__(self, o): return "MyInt.add"
    def __radd__(self, o): return "MyInt.radd"
print(1 + MyInt(2), MyInt(2) + 1, MyInt(5) * 2, type(MyInt(5) * 2).__name__)

class MyFloat(float):
    def __rsub__(self, o): return "MyFloat.rsub"
print(1 - MyFloat(2.0), 1.5 - MyFloat(0.5))

# __index__ and operators on ints
class Idx:
    def __index__(self): return 3
print([0, 1, 2, 3, 4][Idx()], "abcdef"[Idx():], bin(Idx()), hex(Idx()), range(10)[Idx()])
print(list(range(Idx())), [1, 2] * Idx(), "ab" * Idx())
try:
    fl = 1.0
    [1][fl]
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    range(Idx(), 1.5)
except TypeError as e:
    print("TypeError:", e)
