def f(a, b=2):
    "doc of f"
    return a + b
f.custom = "attr"
print(f.custom, f.__dict__, f.__doc__, f.__name__)
f.__defaults__ = (10,)
print(f(1))
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(e)
del f.custom
print(hasattr(f, "custom"))
try:
    del f.custom
except AttributeError as e:
    print(e)
def kw(*, x=1): return x
kw.__kwdefaults__ = {"x": 99}
print(kw())
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_filename.endswith(".py"), f.__code__.co_firstlineno)
def g(): pass
print(g.__doc__, g() is None, g.__defaults__, g.__closure__, g.__annotations__)
class A:
    "class doc"
    def m(self): "method doc"
print(A.__doc__, A.m.__doc__, A().m.__doc__, A.__name__, A.__qualname__)
A.__name__ = "B"
A.__qualname__ = "Outer.B"
print(A, A.__name__)
try:
    A.__name__ = 1
except TypeError as e:
    print(e)
class Gen:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)
print(Gen[int], Gen[int, str])
class Base: pass
class Fake:
    def __mro_entries__(self, bases):
        return (Base,)
class Real(Fake()): pass
print(Real.__bases__, Real.__orig_bases__[0].__class__.__name__)
print(list.__class_getitem__(int), list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]))
class CM(type):
    @classmethod
    def meta_cm(mcs): return mcs.__name__
    def meta_m(cls): return "meta method on " + cls.__name__
    @property
    def meta_prop(cls): return "prop " + cls.__name__
class K(metaclass=CM): pass
print(K.meta_m(), K.meta_prop, CM.meta_cm(), K.meta_cm())
try:
    K().meta_m()
except AttributeError as e:
    print(e)
class DelAttr:
    x = 1
del DelAttr.x
print(hasattr(DelAttr, "x"))
DelAttr.y = lambda self: "added"
print(DelAttr().y())
print(type(A.m), type(A().m), A.m.__name__, A().m.__func__ is A.m)
m1 = A().m
m2 = A().m
print(m1 == m2, A.m == A.m, m1.__self__ is m2.__self__)
a = A()
print(a.m == a.m, a.m is a.m, hash(a.m) == hash(a.m))
import types
print(isinstance(f, types.FunctionType), isinstance(a.m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
bm = types.MethodType(lambda self: "bound " + type(self).__name__, a)
print(bm())
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a)
ns.c = 3
print(sorted(vars(ns)), ns == types.SimpleNamespace(a=1, b="x", c=3))
