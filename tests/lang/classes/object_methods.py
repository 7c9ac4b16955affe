# The methods every object inherits from object: __setattr__/__delattr__
# (and their refusal to bypass type's), __class__ assignment, __dir__,
# __getstate__/__reduce_ex__ (what copy and pickle use), __sizeof__.
class C: pass
try: object.__setattr__(C, 'x', 1)
except TypeError as e: print(e)
# expect: can't apply this __setattr__ to type object
try: object.__delattr__(C, 'x')
except TypeError as e: print(e)
# expect: can't apply this __delattr__ to type object
type.__setattr__(C, 'y', 2); print(C.y)  # expect: 2
class S:
    def __setattr__(self, n, v): object.__setattr__(self, n, v + 1)
s = S(); s.a = 1; print(s.a)  # expect: 2
class M(type):
    def __setattr__(cls, n, v): super().__setattr__(n, v * 2)
class K(metaclass=M): pass
K.z = 5; print(K.z)  # expect: 10
try: object.__setattr__(1, 'x', 1)
except AttributeError as e: print(e)
# expect: 'int' object has no attribute 'x'

class A:
    def hi(self): return 'A.hi'
class B:
    def hi(self): return 'B.hi'
a = A(); a.v = 1
a.__class__ = B
print(a.hi(), type(a).__name__, a.v)  # expect: B.hi B 1
for bad in [1, int]:
    try: a.__class__ = bad
    except TypeError as e: print(e)
# expect: __class__ must be set to a class, not 'int' object
# expect: __class__ assignment only supported for mutable types or ModuleType subclasses
class Sl:
    __slots__ = ('q',)
try: a.__class__ = Sl
except TypeError as e: print(e)
# expect: __class__ assignment: 'Sl' object layout differs from 'B'

class D:
    cls_attr = 1
    def method(self): pass
d = D(); d.inst = 2
print([n for n in dir(d) if not n.startswith('__')], [n for n in dir(D) if not n.startswith('__')])  # expect: ['cls_attr', 'inst', 'method'] ['cls_attr', 'method']
print('__init__' in dir(d), '__class__' in dir(D), sorted(object.__dir__(d))[:3])  # expect: True True ['__class__', '__delattr__', '__dict__']

class Slots:
    __slots__ = ('a', 'b')
sl = Slots(); sl.a = 1
print(sl.__getstate__(), D().__getstate__(), d.__getstate__())  # expect: (None, {'a': 1}) None {'inst': 2}
f, args, state, li, di = d.__reduce_ex__(2)
print(f.__name__, args, state, li, di)  # expect: __newobj__ (<class '__main__.D'>,) {'inst': 2} None None
d2 = f(*args); d2.__dict__.update(state); print(type(d2).__name__, d2.inst)  # expect: D 2
class L(list): pass
f, args, state, li, di = L([1, 2]).__reduce_ex__(2)
print(args, state, list(li), di)  # expect: (<class '__main__.L'>,) None [1, 2] None
class Dd(dict): pass
f, args, state, li, di = Dd(k=1).__reduce_ex__(2)
print(args, li, list(di))  # expect: (<class '__main__.Dd'>,) None [('k', 1)]
class WithReduce:
    def __reduce__(self): return (WithReduce, ())
print(WithReduce().__reduce_ex__(2))  # expect: (<class '__main__.WithReduce'>, ())
class NewArgs:
    def __new__(cls, x): return super().__new__(cls)
    def __getnewargs__(self): return (5,)
print(NewArgs(1).__reduce_ex__(2)[1][1:])  # expect: (5,)
import copy
class P:
    def __init__(self, v): self.v = [v]
p = P(3); q = copy.deepcopy(p)
print(q.v, q.v is not p.v, copy.copy(p).v is p.v, type(q).__name__)  # expect: [3] True True P
print(object().__sizeof__() > 0, D.__sizeof__ is not None)  # expect: True True
