# __slots__: member descriptors, no __dict__, inheritance, name mangling,
# __dict__ in __slots__, and the errors of class creation.
class S:
    __slots__ = ('a', '__b')
    def __init__(self): self.__b = 'private'
    def get_b(self): return self.__b
s = S()
try: s.a
except AttributeError as e: print(e)
# expect: 'S' object has no attribute 'a'
s.a = 3
print(s.a, s.get_b(), s._S__b)  # expect: 3 private private
try: s.c = 1
except AttributeError as e: print(e)
# expect: 'S' object has no attribute 'c'
del s.a
try: del s.a
except AttributeError as e: print(e)
# expect: a
print(type(S.a).__name__, S.__slots__, list(S.__dict__.keys()), hasattr(s, '__dict__'))  # expect: member_descriptor ('a', '__b') ['__module__', '__slots__', '__init__', 'get_b', '_S__b', 'a', '__doc__'] False
class S2(S):
    __slots__ = ('c',)
s2 = S2(); s2.a = 1; s2.c = 2
print(s2.a, s2.c)  # expect: 1 2
try: s2.d = 1
except AttributeError as e: print(e)
# expect: 'S2' object has no attribute 'd'
class SD(S):      # no __slots__: instances get a __dict__ again
    pass
sd = SD(); sd.zz = 1; sd.a = 2
print(sd.__dict__, sd.a)  # expect: {'zz': 1} 2
class WithDict:
    __slots__ = ('x', '__dict__')
w = WithDict(); w.x = 1; w.y = 2
print(w.x, w.__dict__)  # expect: 1 {'y': 2}
class StrSlots:
    __slots__ = 'only'
print(StrSlots.__dict__['only'].__name__)  # expect: only
class Empty:
    __slots__ = ()
try: Empty().x = 1
except AttributeError as e: print(e)
# expect: 'Empty' object has no attribute 'x'
class A1:
    __slots__ = ()
class A2:
    __slots__ = ()
class Both(A1, A2): pass
print(Both().__dict__)  # expect: {}
for src in ["class X:\n __slots__ = ('a',)\n a = 1",
            "class X:\n __slots__ = ('1a',)",
            "class X:\n __slots__ = (1,)",
            "class X:\n __slots__ = 1",
            "class X(tuple):\n __slots__ = ('a',)",
            "class X(int):\n __slots__ = ('a',)",
            "class L1:\n __slots__ = ('a',)\nclass L2:\n __slots__ = ('b',)\nclass X(L1, L2): pass",
            "class X:\n __slots__ = ('a', '__dict__')\nclass Y(X):\n __slots__ = ('__dict__',)"]:
    try: exec(src, {})
    except (TypeError, ValueError) as e: print(type(e).__name__ + ':', e)
# expect: ValueError: 'a' in __slots__ conflicts with class variable
# expect: TypeError: __slots__ must be identifiers
# expect: TypeError: __slots__ items must be strings, not 'int'
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: nonempty __slots__ not supported for subtype of 'tuple'
# expect: TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: TypeError: multiple bases have instance lay-out conflict
# expect: TypeError: __dict__ slot disallowed: we already got one
