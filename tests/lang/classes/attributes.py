# Attribute access: instance dict vs class, __getattr__ / __getattribute__ /
# __setattr__ / __delattr__, __dict__ and vars(), class attributes and
# dunders assigned after class creation.
class C:
    cls_attr = 'class'
    def __init__(self): self.inst = 'inst'
c = C()
print(c.inst, c.cls_attr, C.cls_attr, c.__dict__, vars(c))  # expect: inst class class {'inst': 'inst'} {'inst': 'inst'}
c.cls_attr = 'shadow'
print(c.cls_attr, C.cls_attr)  # expect: shadow class
del c.cls_attr
print(c.cls_attr)  # expect: class
try: c.missing
except AttributeError as e: print(e)
# expect: 'C' object has no attribute 'missing'
try: C.missing
except AttributeError as e: print(e)
# expect: type object 'C' has no attribute 'missing'
try: del c.missing
except AttributeError as e: print(e)
# expect: 'C' object has no attribute 'missing'
try: del C.missing
except AttributeError as e: print(e)
# expect: type object 'C' has no attribute 'missing'
print(getattr(c, 'missing', 'default'), hasattr(c, 'inst'), hasattr(c, 'nope'))  # expect: default True False
setattr(c, 'dyn', 5); print(c.dyn); delattr(c, 'dyn'); print(hasattr(c, 'dyn'))  # expect: 5
# expect: False
c.__dict__ = {'b': 2}; print(c.b, c.__dict__)  # expect: 2 {'b': 2}
try: c.__dict__ = 1
except TypeError as e: print(e)
# expect: __dict__ must be set to a dictionary, not a 'int'
try: getattr(c, 1)
except TypeError as e: print(e)
# expect: attribute name must be string, not 'int'

class G:
    y = 5
    def __getattr__(self, n):
        if n.startswith('no'): raise AttributeError(n)
        return 'got ' + n
g = G()
print(g.abc, g.y, getattr(g, 'zz'), hasattr(g, 'q'), hasattr(g, 'nothing'), getattr(g, 'nope', 'dflt'))  # expect: got abc 5 got zz True False dflt
class PG:
    def __getattr__(self, n): return 'fallback-' + n
    @property
    def p(self): raise AttributeError('inner')
print(PG().p)  # expect: fallback-p

class GA:
    def __getattribute__(self, n):
        if n == 'real': return object.__getattribute__(self, n)
        return 'ga:' + n
    real = 'R'
print(GA().foo, GA().real)  # expect: ga:foo R
class SA:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
sa = SA(); sa.q = 5; print(sa.q, sa.__dict__)  # expect: 10 {'q': 10}
class DA:
    def __delattr__(self, n): print('del', n)
da = DA(); del da.x  # expect: del x
class Frozen:
    def __init__(self, a): object.__setattr__(self, 'a', a)
    def __setattr__(self, n, v): raise AttributeError(f"cannot assign to field '{n}'")
    __delattr__ = __setattr__
f = Frozen(3)
try: f.a = 4
except AttributeError as e: print(e)
# expect: cannot assign to field 'a'
print(f.a)  # expect: 3

# class attributes, counters, dunders set later (slot updates reach subclasses)
class Counter:
    n = 0
    def __init__(self): type(self).n += 1
for _ in range(5): Counter()
print(Counter.n)  # expect: 5
class RR: pass
class RR2(RR): pass
RR.__repr__ = lambda s: 'RR!'
print(repr(RR()), repr(RR2()))  # expect: RR! RR!
RR.__repr__ = lambda s: 'again'
print(repr(RR2()))  # expect: again
del RR.__repr__
print(repr(RR2())[:15])  # expect: <__main__.RR2 o
RR.__eq__ = lambda s, o: True
print(RR() == 1, RR2() != 1)  # expect: True False
RR.__len__ = lambda s: 7
print(len(RR2()), bool(RR2()))  # expect: 7 True
RR.__call__ = lambda s, x: x * 2
print(RR2()(21))  # expect: 42
RR.__getattr__ = lambda s, n: n.upper()
print(RR2().hello)  # expect: HELLO
RR.__del__ = lambda s: print('bye')
r = RR2(); del r  # expect: bye

# type attributes
class T:
    'docstring'
    x: int
print(T.__name__, T.__qualname__, T.__module__, T.__doc__, T.__annotations__, type(T.__dict__).__name__)  # expect: T T __main__ docstring {'x': <class 'int'>} mappingproxy
T.__name__ = 'Renamed'; print(T, T.__name__, T.__qualname__)  # expect: <class '__main__.T'> Renamed T
T.__qualname__ = 'Outer.Inner'; print(T)  # expect: <class '__main__.Outer.Inner'>
T.__module__ = 'elsewhere'; print(T)  # expect: <class 'elsewhere.Outer.Inner'>
try: T.__name__ = 1
except TypeError as e: print(e)
# expect: can only assign string to Renamed.__name__, not 'int'
try: int.x = 1
except TypeError as e: print(e)
# expect: cannot set 'x' attribute of immutable type 'int'
try: del int.real
except TypeError as e: print(e)
# expect: cannot set 'real' attribute of immutable type 'int'
try: int.__dict__ = {}
except AttributeError as e: print(e)
class Outer:
    class Inner:
        pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner, Outer.Inner.__qualname__, Outer().f().__qualname__)
print(int.__name__, int.__qualname__, int.__module__, object.__bases__, object.__base__, type.__base__)
try: int.__annotations__
except AttributeError as e: print(e)
try: C.__abstractmethods__
except AttributeError as e: print(e)
# expect-error: TypeError: cannot set '__dict__' attribute of immutable type 'int'
