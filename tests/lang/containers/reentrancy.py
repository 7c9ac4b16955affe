# Iterators exhausted from inside their own __next__ chain, and slice bounds
# whose __index__ mutates the list being sliced: no crash, CPython's results.
class Shrink:
    def __init__(self, l, v): self.l = l; self.v = v
    def __index__(self):
        del self.l[2:]
        return self.v
l = list(range(10))
print(l[0:Shrink(l, 8)], l)
l = list(range(10))
l[0:Shrink(l, 8)] = ['a']
print(l)
l = list(range(10))
del l[0:Shrink(l, 8):2]
print(l)
class Grow:
    def __init__(self, l): self.l = l
    def __iter__(self):
        self.l.extend(range(5))
        return iter([1, 2])
l = [0, 0, 0]
l[1:2] = Grow(l)
print(l)
z = None
class Inner:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            print('inner sees', list(z))
        if self.n > 4:
            raise StopIteration
        return self.n
z = zip(Inner(), range(100))
print(list(z))
m = None
class Inner2:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            print('inner sees', list(m))
        if self.n > 4:
            raise StopIteration
        return self.n
m = map(lambda v: v * 10, Inner2())
print(list(m))
e = None
class Inner3:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            print('inner sees', list(e))
        if self.n > 4:
            raise StopIteration
        return self.n
e = enumerate(Inner3())
print(list(e))
f = None
class Inner4:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            print('inner sees', list(f))
        if self.n > 4:
            raise StopIteration
        return self.n
f = filter(None, Inner4())
print(list(f))
r = None
class S:
    done = False
    def __len__(self): return 4
    def __getitem__(self, i):
        if i == 2 and not S.done:
            S.done = True
            print('inner sees', list(r))
        return i
r = reversed(S())
print(list(r))
# expect: [0, 1] [0, 1]
# expect: ['a']
# expect: [1]
# expect: [0, 1, 2, 0, 0, 1, 2, 3, 4]
# expect: inner sees [(3, 1), (4, 2)]
# expect: [(1, 0)]
# expect: inner sees [30, 40]
# expect: [10]
# expect: inner sees [(1, 3), (2, 4)]
# expect: [(0, 1)]
# expect: inner sees [3, 4]
# expect: [1]
# expect: inner sees [2, 1, 0]
# expect: [3, 2]
