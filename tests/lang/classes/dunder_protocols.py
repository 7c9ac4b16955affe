# Container, iteration, call, hash, truth, repr/str/format dunders, and the
# checks CPython applies to what they return.
class Box:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * 10
    def __setitem__(self, i, v): print('set', i, v)
    def __delitem__(self, i): print('del', i)
    def __contains__(self, v): return v == 42
    def __call__(self, *a, **k): return ('called', a, k)
b = Box(3)
print(len(b), b[1], list(b), 42 in b, 10 in b, 10 in list(b), b(1, k=2))  # expect: 3 10 [0, 10, 20] True False True ('called', (1,), {'k': 2})
b[0] = 'x'  # expect: set 0 x
del b[5]  # expect: del 5
print(bool(Box(0)), bool(Box(2)), not Box(0))  # expect: False True True
try: b[9]
except IndexError as e: print('IndexError', e)
# expect: IndexError 9

class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(It(3)), 3 in It(5), 9 in It(5), sum(It(4)), sorted(It(3)), tuple(It(2)))  # expect: [2, 1, 0] True False 6 [0, 1, 2] (1, 0)
for i in It(2): print('it', i)  # expect: it 1
# expect: it 0
x, y = It(2)
print(x, y)  # expect: 1 0

class Seq:      # iteration through __getitem__ alone
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), list(reversed([*Seq()])))  # expect: [0, 10, 20] True False [20, 10, 0]

class H:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, H) and o.k == self.k
d = {H('a'): 1, H('b'): 2}
print(d[H('a')], H('b') in d, len({H(1), H(1), H(2)}))  # expect: 1 True 2
class BigHash:
    def __hash__(self): return 2 ** 64
print(hash(BigHash()) == hash(2 ** 64))  # expect: True
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))  # expect: -2

class Fmt:
    def __repr__(self): return 'Fmt()'
    def __str__(self): return 'fmt!'
    def __format__(self, spec): return f'<{spec}>'
print(Fmt(), repr(Fmt()), str(Fmt()), f'{Fmt()}', f'{Fmt():>5}', format(Fmt(), 'x'), f'{Fmt()!r}', [Fmt()])  # expect: fmt! Fmt() fmt! <> <>5> <x> Fmt() [Fmt()]
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr!'
print(str(OnlyRepr()), f'{OnlyRepr()}', format(OnlyRepr(), ''))  # expect: OnlyRepr! OnlyRepr! OnlyRepr!

# what the protocols check
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
# expect: __len__() should return >= 0
try: bool(BadLen())
except ValueError as e: print(e)
# expect: __len__() should return >= 0
class StrLen:
    def __len__(self): return 'a'
try: len(StrLen())
except TypeError as e: print(e)
# expect: 'str' object cannot be interpreted as an integer
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
# expect: __bool__ should return bool, returned int
try:
    if BadBool(): pass
except TypeError as e: print(e)
# expect: __bool__ should return bool, returned int
class BadRepr:
    def __repr__(self): return 1
try: repr(BadRepr())
except TypeError as e: print(e)
# expect: __repr__ returned non-string (type int)
try: str(BadRepr())
except TypeError as e: print(e)
# expect: __str__ returned non-string (type int)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print(e)
# expect: __str__ returned non-string (type NoneType)
class BadHash:
    def __hash__(self): return 'x'
try: hash(BadHash())
except TypeError as e: print(e)
# expect: __hash__ method should return an integer
class NoHash:
    __hash__ = None
try: hash(NoHash())
except TypeError as e: print(e)
# expect: unhashable type: 'NoHash'
class BadIter:
    def __iter__(self): return 1
try: iter(BadIter())
except TypeError as e: print(e)
# expect: iter() returned non-iterator of type 'int'
class NoIter:
    __iter__ = None
try: iter(NoIter())
except TypeError as e: print(e)
# expect: 'NoIter' object is not iterable
class NoContains:
    __contains__ = None
try: 1 in NoContains()
except TypeError as e: print(e)
# expect: 'NoContains' object is not a container
class BadInit:
    def __init__(self): return 1
try: BadInit()
except TypeError as e: print(e)
# expect: __init__() should return None, not 'int'
class Plain: pass
for f in [lambda: Plain()(), lambda: Plain()[0], lambda: len(Plain()), lambda: iter(Plain()), lambda: next(Plain()),
          lambda: 1 in Plain(), lambda: hash([]), lambda: format(Plain(), 'x'), lambda: Plain() < Plain()]:
    try: f()
    except TypeError as e: print(e)
# expect: 'Plain' object is not callable
# expect: 'Plain' object is not subscriptable
# expect: object of type 'Plain' has no len()
# expect: 'Plain' object is not iterable
# expect: 'Plain' object is not an iterator
# expect: argument of type 'Plain' is not iterable
# expect: unhashable type: 'list'
# expect: unsupported format string passed to Plain.__format__
# expect: '<' not supported between instances of 'Plain' and 'Plain'

class Ctx:
    def __enter__(self): print('enter'); return 'value'
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None); return True
with Ctx() as c:
    print('body', c)
    raise ValueError('swallowed')
# expect: enter
# expect: body value
# expect: exit ValueError
print('after')  # expect: after
