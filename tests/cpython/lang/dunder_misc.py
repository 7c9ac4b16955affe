class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
print(P(1) != P(1), P(1) != P(2), P(1) == 1, 1 == P(1), P(1) != 1)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash() == NoHash())
class A:
    def hello(self): return "A"
class B:
    def hello(self): return "B"
a = A()
a.__class__ = B
print(a.hello(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
class Ne:
    def __ne__(self, o): return "custom ne"
print(Ne() != 1, Ne() == 1)
class Both:
    def __eq__(self, o): return "eq called"
print(Both() != 1, not Both() == 1)
class BoolLen:
    def __len__(self): return 0
print(bool(BoolLen()), not BoolLen(), "truthy" if BoolLen() else "falsy")
class OnlyBool:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(OnlyBool()), len(OnlyBool()))
class Cls:
    pass
print(bool(Cls), bool(Cls()))
class Hashy:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
d = {Hashy(1): "one"}
print(d[Hashy(1)], Hashy(1) in d, Hashy(2) in {Hashy(1)})
class Sub(Hashy):
    def __eq__(self, o): return False
try:
    hash(Sub(1))
except TypeError as e:
    print(e)
class Sub2(Hashy):
    pass
print(hash(Sub2(5)) == hash(5))
print(object() == object(), object.__eq__(1, 1), object.__ne__(1, 2), object.__eq__(1, 2))
class R:
    def __repr__(self): return "R()"
print(str(R()), f"{R()}", [R()], {R(): R()} if False else (R(),), "%s" % R(), "{}".format(R()))
class S:
    def __str__(self): return "S-str"
print(str(S()), [S()][0].__str__(), f"{S()!s}", print(S()))
class BadRepr:
    def __repr__(self): return 5
for fn in (repr, str):
    try:
        fn(BadRepr())
    except TypeError as e:
        print(e)
class BadStr:
    def __str__(self): return None
try:
    print(BadStr())
except TypeError as e:
    print(e)
class FmtNone:
    def __format__(self, spec): return None
try:
    format(FmtNone())
except TypeError as e:
    print(e)
try:
    format(object(), "x")
except TypeError as e:
    print(e)
print(format(R()), format(R(), ""))
class Iterish:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iterish()), sum(Iterish()), [x for x in Iterish()], tuple(Iterish()))
it = Iterish()
for x in it:
    if x == 2: break
print(next(it), next(it, "end"))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self): return self
try:
    list(NoNext())
except TypeError as e:
    print(e)
try:
    next(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return "x"
try:
    [1][Idx()]
except TypeError as e:
    print(e)
class Callme:
    def __call__(self, *a, **k): return a, k
c = Callme()
print(c(1, x=2), Callme.__call__(c, 3))
try:
    A()()
except TypeError as e:
    print(e)
try:
    s_ = "str"; s_()
except TypeError as e:
    print(e)
try:
    n_ = None; n_()
except TypeError as e:
    print(e)
class Nb:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 9
print(int(Nb()), float(Nb()), [0]*3 if False else bin(Nb()), round(2.5), operator_index if False else 0)
class IntOnly:
    def __int__(self): return 3
print(int(IntOnly()))
try:
    float(IntOnly())
except TypeError as e:
    print(e)
try:
    [1, 2][IntOnly()]
except TypeError as e:
    print(e)
class Rnd:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 11
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
import math
print(round(Rnd()), round(Rnd(), 2), math.trunc(Rnd()), math.floor(Rnd()), math.ceil(Rnd()))
class Cont:
    def __contains__(self, x): return x == 1
print(1 in Cont(), 2 in Cont(), 2 not in Cont())
class ContNonBool:
    def __contains__(self, x): return [1]
print(1 in ContNonBool())
