class A:
    cls_attr = 1
    def __init__(self): self.x = 10
    def method(self): return 'm'
a = A()
print(getattr(a, 'x'), getattr(a, 'y', 'dflt'), hasattr(a, 'x'), hasattr(a, 'nope'), getattr(A, 'cls_attr'), getattr(a, 'method')())
setattr(a, 'y', 20); print(a.y, vars(a))
delattr(a, 'y'); print(hasattr(a, 'y'), vars(a))
try:
    getattr(a, 'zz')
except AttributeError as e:
    print(e)
try:
    delattr(a, 'zz')
except AttributeError as e:
    print(e)
try:
    getattr(a, 5)
except TypeError as e:
    print(e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(e)
try:
    (5).foo
except AttributeError as e:
    print(e)
try:
    'str'.foo = 1
except AttributeError as e:
    print(e)
try:
    A.nope
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
class S:
    __slots__ = ('a',)
s = S()
try:
    s.b = 1
except AttributeError as e:
    print(e)
try:
    s.a
except AttributeError as e:
    print(e)
s.a = 5; print(s.a)
print(sorted(vars(A).keys() - {'__dict__', '__weakref__', '__module__', '__doc__', '__qualname__'}))
try:
    vars(5)
except TypeError as e:
    print(e)
print([n for n in dir(a) if not n.startswith('__')], dir(a) == sorted(dir(a)), 'append' in dir([]), [n for n in dir(int) if not n.startswith('_')])
print([n for n in dir(str) if not n.startswith('_')])
print([n for n in dir(list) if not n.startswith('_')], [n for n in dir(dict) if not n.startswith('_')])
print([n for n in dir(set) if not n.startswith('_')], [n for n in dir(tuple) if not n.startswith('_')], [n for n in dir(float) if not n.startswith('_')])
print([n for n in dir(bytes) if not n.startswith('_')])
def f(): pass
f.custom = 1
print(vars(f), f.__dict__)
import math
print('pi' in dir(math), 'sqrt' in vars(math))
class P:
    @property
    def v(self): return 42
    @v.setter
    def v(self, val): print('set', val)
p = P(); p.v = 3; print(p.v)
try:
    del p.v
except AttributeError as e:
    print(e)
class Q:
    @property
    def ro(self): return 1
try:
    Q().ro = 2
except AttributeError as e:
    print(e)
class GA:
    def __getattr__(self, name): return name.upper()
print(GA().hello, getattr(GA(), 'zz'), hasattr(GA(), 'anything'))
class GB:
    def __getattribute__(self, name):
        if name == 'secret': raise AttributeError('no secret for you')
        return 7
print(GB().x, hasattr(GB(), 'secret'))
try:
    GB().secret
except AttributeError as e:
    print(e)
print(type(a).__name__, a.__class__.__name__, A.__mro__, bool.__mro__, A.__bases__, A.__base__, int.__base__)
print(isinstance(a, A), isinstance(A, type), type.__name__, object.__name__, A.__module__, A.method.__qualname__, a.method.__name__)
print(id(a) == id(a), a is a, a is not A(), None is None, (lambda: 0).__name__)
