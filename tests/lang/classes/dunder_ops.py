# Operator dunders: rich comparisons with reflection, arithmetic with
# __radd__/__iadd__ fallbacks and the subclass-first rule, unary and numeric conversions.
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f'V({self.x!r})'
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __neg__(self): return V(-self.x)
print(V(1) == V(1), V(1) != V(1), V(1) != V(2), V(1) == 1)  # expect: True False True False
print(V(1) < V(2), V(1) > V(2), V(3) > V(2))  # expect: True False True
try: V(1) <= V(2)
except TypeError as e: print(e)
# expect: '<=' not supported between instances of 'V' and 'V'
try: V(1) < 3
except AttributeError as e: print('AttributeError:', e)
# expect: AttributeError: 'int' object has no attribute 'x'
print(V.__hash__)  # expect: None
try: hash(V(1))
except TypeError as e: print(e)
# expect: unhashable type: 'V'
print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(5))  # expect: V(3) V(6) V(6) V(-5)
try: V(1) - 1
except TypeError as e: print(e)
# expect: unsupported operand type(s) for -: 'V' and 'int'
try: +V(1)
except TypeError as e: print(e)
# expect: bad operand type for unary +: 'V'
print(sorted([V(3), V(1), V(2)]), V(2) in [V(1), V(2)], [V(1), V(2)].index(V(2)))  # expect: [V(1), V(2), V(3)] True 1

# in-place: __iadd__ first, then __add__
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
a = Acc(); b = a
a += 1; a += 2
print(a is b, a.items)  # expect: True [1, 2]
v = V(1); v += 10; print(v)  # expect: V(11)
try:
    v2 = V(1); v2 -= 1
except TypeError as e: print(e)
# expect: unsupported operand type(s) for -=: 'V' and 'int'
try:
    x = 1; x **= 'a'
except TypeError as e: print(e)
# expect: unsupported operand type(s) for **=: 'int' and 'str'

# reflected operands: a subclass that overrides the reflected method goes first
class Add:
    def __add__(self, o): return 'Add.add'
    def __radd__(self, o): return 'Add.radd'
class Add2(Add):
    def __radd__(self, o): return 'Add2.radd'
print(Add() + Add2(), Add2() + Add(), 1 + Add2(), Add() + 1)  # expect: Add2.radd Add.add Add2.radd Add.add
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try: NI() + NI()
except TypeError as e: print(e)
# expect: unsupported operand type(s) for +: 'NI' and 'NI'

# comparisons fall back to the reflected operation
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return 'lt' if isinstance(o, Cmp) else NotImplemented
    def __gt__(self, o): return 'gt'
class CmpSub(Cmp):
    def __gt__(self, o): return 'sub-gt'
print(Cmp(1) < Cmp(2), Cmp(1) > 3, 3 < Cmp(1), Cmp(1) < CmpSub(2))  # expect: lt gt gt sub-gt
class OnlyEq:
    def __eq__(self, o): return 'eq!'
print(OnlyEq() == 1, OnlyEq() != 1, 1 == OnlyEq(), 1 != OnlyEq(), OnlyEq.__hash__)  # expect: eq! False eq! False None

# pow with and without a modulus, reflected pow
class Pw:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
print(Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw())  # expect: ('pow', 2, None) ('pow', 2, 5) ('rpow', 2)

# every binary operator reaches its dunder
class All:
    def __init__(self, tag=''): self.tag = tag
for op in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']:
    setattr(All, f'__{op}__', (lambda name: lambda self, o: name)(op))
    setattr(All, f'__r{op}__', (lambda name: lambda self, o: 'r' + name)(op))
x = All()
print(x + 1, x - 1, x * 1, x / 1, x // 1, x % 1, x ** 1, x << 1, x >> 1, x & 1, x | 1, x ^ 1, x @ 1)  # expect: add sub mul truediv floordiv mod pow lshift rshift and or xor matmul
print(1 + x, 1 - x, 1 * x, 1 / x, 1 // x, 1 % x, 1 ** x, 1 << x, 1 >> x, 1 & x, 1 | x, 1 ^ x, 1 @ x)  # expect: radd rsub rmul rtruediv rfloordiv rmod rpow rlshift rrshift rand ror rxor rmatmul

# unary and numeric conversion dunders
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
    def __neg__(self): return 'neg'
n = Num()
print(int(n), float(n), abs(n), ~n, +n, -n, bin(n), hex(n), [0, 1, 2, 3, 4][n], 'ab' * n)  # expect: 7 2.5 abs inv pos neg 0b11 0x3 3 ababab
class BadIndex:
    def __index__(self): return 'a'
try: [1][BadIndex()]
except TypeError as e: print(e)
# expect: __index__ returned non-int (type str)
class BadInt:
    def __int__(self): return 1.5
try: int(BadInt())
except TypeError as e: print(e)
# expect: __int__ returned non-int (type float)
