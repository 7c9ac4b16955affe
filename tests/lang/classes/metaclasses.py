# Classes made by type(...) and by metaclasses (subclasses of type):
# __new__/__init__/__call__ on the metaclass, __prepare__, metaclass
# conflicts, __init_subclass__, __mro_entries__, __class_getitem__.
X = type('X', (), {'a': 1, 'f': lambda self: 'X.f'})
print(X, X.a, X().f(), X.__module__, type(X))  # expect: <class '__main__.X'> 1 X.f __main__ <class 'type'>
Y = type('Y', (X,), {'__module__': 'mod'})
print(Y, Y.__mro__, Y().f())  # expect: <class 'mod.Y'> (<class 'mod.Y'>, <class '__main__.X'>, <class 'object'>) X.f
print(type(1), type(type), type(object), type('s'))  # expect: <class 'int'> <class 'type'> <class 'type'> <class 'str'>
class M(type):
    def meth(cls): return 'meta ' + cls.__name__
    def __new__(mcls, name, bases, ns, **kw):
        print('M.__new__', name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('M.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print('M.__call__', a)
        return super().__call__(*a)
class WithM(metaclass=M, flag=True):
    def __init_subclass__(cls, **kw): pass
    def hello(self): return 'hi'
# expect: M.__new__ WithM ['__init_subclass__', '__module__', '__qualname__', 'hello'] {'flag': True}
# expect: M.__init__ WithM
print(type(WithM), WithM.meth(), WithM().hello())  # expect: M.__call__ ()
# expect: <class '__main__.M'> meta WithM hi
class Sub2(WithM): pass  # expect: M.__new__ Sub2 ['__module__', '__qualname__'] {}
# expect: M.__init__ Sub2
print(type(Sub2), isinstance(Sub2, M), isinstance(WithM, type))  # expect: <class '__main__.M'> True True
class M2(type): pass
try:
    class Bad(WithM, metaclass=M2): pass
except TypeError as e: print(e)
# expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases)
        return {'injected': 1}
class WP(metaclass=Prep):
    x = injected + 1
# expect: prepare WP ()
print(WP.x, WP.injected)  # expect: 2 1
class Meta(type):
    def __iter__(cls): return iter(range(3))
    def __len__(cls): return 3
    def __getitem__(cls, k): return k * 2
    def __repr__(cls): return f'<Meta {cls.__name__}>'
    def __contains__(cls, v): return v == 'in'
class Colors(metaclass=Meta): pass
print(list(Colors), len(Colors), Colors[4], Colors, 'in' in Colors, repr(Colors))  # expect: [0, 1, 2] 3 8 <Meta Colors> True <Meta Colors>
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)  # expect: ['R1', 'R2']
class InstCheck(type):
    def __instancecheck__(cls, obj): return obj == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=InstCheck): pass
print(isinstance('magic', Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))  # expect: True False True False

class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class I1(Base, tag='one'): pass
class I2(I1): pass
print(Base.subs, type(Base.__dict__['__init_subclass__']).__name__)  # expect: [('I1', 'one'), ('I2', None)] classmethod
try:
    class I3(Base, bogus=1): pass
except TypeError as e: print(e)
# expect: I3.__init_subclass__() takes no keyword arguments
try:
    class NoKw(object, x=1): pass
except TypeError as e: print(e)
# expect: NoKw.__init_subclass__() takes no keyword arguments

class Alias:
    def __mro_entries__(self, bases): return (X,)
class UsesAlias(Alias()): pass
print(UsesAlias.__mro__, type(UsesAlias.__orig_bases__[0]).__name__)  # expect: (<class '__main__.UsesAlias'>, <class '__main__.X'>, <class 'object'>) Alias
class CG:
    def __class_getitem__(cls, k): return (cls.__name__, k)
print(CG[int], CG['a', 1], type(CG.__dict__['__class_getitem__']).__name__)  # expect: ('CG', <class 'int'>) ('CG', ('a', 1)) classmethod
try: int[0]
except TypeError as e: print(e)
# expect: type 'int' is not subscriptable
print(list[int], dict[str, int])  # expect: list[int] dict[str, int]
class New:
    def __new__(cls, *a):
        print('New.__new__', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a): print('New.__init__', a)
New(1, 2)  # expect: New.__new__ New (1, 2)
# expect: New.__init__ (1, 2)
class NotMine:
    def __new__(cls): return 42
print(NotMine())  # expect: 42
print(type(New.__dict__['__new__']).__name__)  # expect: staticmethod
print(type.__prepare__('x', ()), type.__subclasses__(M), sorted(c.__name__ for c in Base.__subclasses__()))  # expect: {} [] ['I1', 'I3']
