class A:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
    def get(self):
        return self.__x
    def _A__z(self): return "z"
    def call(self): return self.__z()
a = A()
print(a.get(), a._A__x, a.__y__, a.call())
try:
    a.__x
except AttributeError as e:
    print(e)
class B(A):
    def get2(self):
        return self.__x
try:
    B().get2()
except AttributeError as e:
    print(e)
class _Under:
    def f(self):
        self.__p = 1
        return self.__dict__
print(_Under().f())
class __Dbl:
    def f(self):
        self.__p = 1
        return self.__dict__
print(__Dbl().f())
class M:
    __cls = 5
    def g(self):
        __local = 3
        return __local, self.__cls, M.__cls
print(M().g(), M._M__cls)
def outside():
    return hasattr(M, "__cls")
print(outside())
class N:
    def f(self, __arg):
        return __arg
    def h(self):
        return self.f(__arg=1)
try:
    print(N().h())
except TypeError as e:
    print(e)
print(N.f.__code__.co_varnames)
class G:
    import os as __os
    def k(self): return self.__os.sep
print(G().k())
class H:
    __slots__ = ("__s",)
    def __init__(self): self.__s = 1
print(H.__slots__, H()._H__s)
print([n for n in dir(H) if "s" in n and n.startswith("_H")])
class F:
    def m(self):
        return [self.__q for _ in range(1)] if hasattr(self, "_F__q") else "noq"
    def __init__(self): self.__q = 9
print(F().m())
class L:
    def m(self):
        return (lambda: self.__v)()
    __v = "lam"
print(L().m())
class Meta(type):
    pass
class W(metaclass=Meta):
    __w = 1
    def __init__(self):
        print(getattr(self, "__w", "none"), getattr(self, "_W__w"))
W()
