# property, staticmethod, classmethod and user descriptors (__get__,
# __set__, __delete__, __set_name__), data vs non-data precedence.
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x * 2
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print('deleting x')
    ro = property(lambda self: 'read-only')
    empty = property()
    @staticmethod
    def sm(a): return ('sm', a)
    @classmethod
    def cm(cls, a): return (cls.__name__, a)
p = P()
p.x = 5
print(p.x, p._x, P.x.__doc__, type(P.x).__name__, P.x.fget.__name__)  # expect: 10 5 the x property x
del p.x  # expect: deleting x
for stmt in ['p.ro = 1', 'del p.ro', 'p.empty', 'p.empty = 1', 'del p.empty']:
    try: exec(stmt)
    except AttributeError as e: print(e)
# expect: property 'ro' of 'P' object has no setter
# expect: property 'ro' of 'P' object has no deleter
# expect: property 'empty' of 'P' object has no getter
# expect: property 'empty' of 'P' object has no setter
# expect: property 'empty' of 'P' object has no deleter
print(P.sm(1), p.sm(2), P.cm(3), p.cm(4))  # expect: ('sm', 1) ('sm', 2) ('P', 3) ('P', 4)
class P2(P): pass
print(P2.cm(5), P2().cm(6))  # expect: ('P2', 5) ('P2', 6)
print(type(P.__dict__['sm']).__name__, P.__dict__['sm'].__func__(7), P.__dict__['cm'].__func__(P, 7))  # expect: staticmethod ('sm', 7) ('P', 7)
print(P.__dict__['sm'].__wrapped__ is P.__dict__['sm'].__func__, P.__dict__['sm'].__name__)  # expect: True sm
print(P.x.fset is not None, P.ro.fset, P.empty.fget, P.x.__isabstractmethod__)  # expect: True None None False
class Q(P):
    @P.x.getter
    def x(self): return 'Q' + str(self._x)
q = Q(); q.x = 3; print(q.x)  # expect: Q3
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)  # expect: 10 True
try: staticmethod()
except TypeError as e: print(e)
# expect: staticmethod expected 1 argument, got 0
try: classmethod(1, 2)
except TypeError as e: print(e)
# expect: classmethod expected 1 argument, got 2
try: property(1, 2, 3, 4, 5)
except TypeError as e: print(e)
# expect: property() takes at most 4 arguments (5 given)
try: property(doc=1, bad=2)
except TypeError as e: print(e)
# expect: 'bad' is an invalid keyword argument for property()
print(staticmethod(len).__name__, staticmethod(len), classmethod(len))  # expect: len <staticmethod(<built-in function len>)> <classmethod(<built-in function len>)>
print(staticmethod(len)('abc'))  # expect: 3
try: staticmethod(1)()
except TypeError as e: print(e)
# expect: 'int' object is not callable
try: classmethod(len)()
except TypeError as e: print(e)
# expect: 'classmethod' object is not callable
class Sub(property):
    pass
class UsesSub:
    @Sub
    def v(self): return 'sub-prop'
    @v.setter
    def v(self, val): print('set', val)
u = UsesSub(); u.v = 1  # expect: set 1
print(u.v, type(UsesSub.__dict__['v']).__name__)  # expect: sub-prop Sub

class Desc:
    def __set_name__(self, owner, name): self.nm = (owner.__name__, name)
    def __get__(self, obj, typ=None): return ('get', self.nm, obj is None, typ.__name__)
class UD:
    d = Desc()
print(UD.d, UD().d)  # expect: ('get', ('UD', 'd'), True, 'UD') ('get', ('UD', 'd'), False, 'UD')
class DataDesc:
    def __get__(self, o, t): return 'data-get'
    def __set__(self, o, v): print('set', v)
    def __delete__(self, o): print('delete')
class NonData:
    def __get__(self, o, t): return 'nondata-get'
class UDD:
    d = DataDesc()
    n = NonData()
u = UDD()
u.d = 5  # expect: set 5
u.__dict__['d'] = 7
u.__dict__['n'] = 'instance wins'
print(u.d, u.n)  # expect: data-get instance wins
del u.d  # expect: delete
class BadSN:
    def __set_name__(self, o, n): 1 / 0
try:
    class Qx:
        x = BadSN()
except RuntimeError as e: print(e, '/', type(e.__cause__).__name__)
# expect: Error calling __set_name__ on 'BadSN' instance 'x' in 'Qx' / ZeroDivisionError

# methods are descriptors too
class M:
    def meth(self): return 'meth'
m = M()
print(M.meth(m), m.meth(), M.__dict__['meth'].__get__(m, M)(), m.meth.__self__ is m, m.meth.__func__ is M.meth)  # expect: meth meth meth True True
print(type(m.meth).__name__, type(M.meth).__name__)  # expect: method function
