# Inheritance: C3 MRO, super() in all its forms, __class__ cell, diamond.
class A:
    def who(self): return ['A']
    def only_a(self): return 'only in A'
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
print(D().who())  # expect: ['D', 'B', 'C', 'A']
print([k.__name__ for k in D.__mro__])  # expect: ['D', 'B', 'C', 'A', 'object']
print(D.mro() == list(D.__mro__), D.__bases__, D.__base__)  # expect: True (<class '__main__.B'>, <class '__main__.C'>) <class '__main__.B'>
print(D().only_a())  # expect: only in A

# explicit two-argument forms
print(super(B, D()).who())  # expect: ['C', 'A']
print(super(D, D).who(D()))  # expect: ['B', 'C', 'A']
print(super(B, D()))  # expect: <super: <class 'B'>, <D object>>
print(super(B))  # expect: <super: <class 'B'>, NULL>

# super() in classmethods and __init__
class K:
    @classmethod
    def make(cls): return 'K.make(' + cls.__name__ + ')'
    def __init__(self, x): self.x = x
class K2(K):
    @classmethod
    def make(cls): return 'K2>' + super().make()
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
print(K2.make(), K2(1, 2).make())  # expect: K2>K.make(K2) K2>K.make(K2)
k = K2(1, 2)
print(k.x, k.y, vars(k))  # expect: 1 2 {'x': 1, 'y': 2}

# the implicit __class__ cell
class WC:
    def f(self): return __class__
class WC2(WC): pass
print(WC2().f())  # expect: <class '__main__.WC'>

# attributes found through super() are bound like normal lookups
class P:
    @property
    def prop(self): return 'P.prop'
    @staticmethod
    def st(): return 'P.st'
class Q(P):
    @property
    def prop(self): return 'Q>' + super().prop
    @staticmethod
    def st(): return 'Q.st'
    def call_st(self): return super().st()
print(Q().prop, Q().call_st(), super(Q, Q()).__class__)  # expect: Q>P.prop P.st <class 'super'>
s = super(Q, Q())
print(s.__thisclass__, type(s.__self__).__name__, s.__self_class__)  # expect: <class '__main__.Q'> Q <class '__main__.Q'>

# errors
def no_args():
    return super()
try: no_args()
except RuntimeError as e: print(e)
# expect: super(): no arguments
def one_arg(x):
    return super()
try: one_arg(1)
except RuntimeError as e: print(e)
# expect: super(): __class__ cell not found
try: super(1, 2)
except TypeError as e: print(e)
# expect: super() argument 1 must be a type, not int
try: super(int, 'a')
except TypeError as e: print(e)
# expect: super(type, obj): obj must be an instance or subtype of type
class S:
    def f(self): return super().missing
try: S().f()
except AttributeError as e: print(e)
# expect: 'super' object has no attribute 'missing'
class U:
    def f(self):
        del self
        return super()
try: U().f()
except RuntimeError as e: print(e)
# expect: super(): arg[0] deleted
class MroBad1: pass
class MroBad2(MroBad1): pass
try:
    class MroBad3(MroBad1, MroBad2): pass
except TypeError as e: print(e)
# expect: Cannot create a consistent method resolution
# expect: order (MRO) for bases MroBad1, MroBad2
try:
    class Dup(MroBad1, MroBad1): pass
except TypeError as e: print(e)
# expect: duplicate base class MroBad1
