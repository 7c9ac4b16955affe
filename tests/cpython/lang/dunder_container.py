class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("grid index out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __reversed__(self):
        return iter(["reversed!"])
    def __bool__(self):
        return bool(self.cells)

g = Grid(3, 2)
print(len(g), bool(g), "#" in g)
g[1, 0] = "#"
g[2, 1] = "@"
print(bool(g), "#" in g, "x" not in g, "".join(g), list(reversed(g)))
print(g[1:5], g[::2], g[1:2:3], g[:])
del g[1, 0]
print("".join(g))
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError:", e)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    g["nope"]
except TypeError as e:
    print("TypeError:", e)

# sequence protocol via __getitem__ only
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
a, b, c, d = Seq()
print(a, b, c, d)
print(sorted(Seq(), reverse=True), sum(Seq()), max(Seq()))
try:
    len(Seq())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(Seq())
except TypeError as e:
    print("TypeError:", e)

class SeqLen(Seq):
    def __len__(self): return 4
print(list(reversed(SeqLen())))

# __len__ rules
class BadLen:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
for v in [-1, "3", 2 ** 70, 3.0]:
    try:
        print(len(BadLen(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(bool(BadLen(0)), bool(BadLen(2)))

class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool(): pass
except TypeError as e:
    print("TypeError:", e)

# __missing__ in dict subclass
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = DefaultDict()
print(dd["abc"], dd, dd.get("zz"), "zz" in dd)

# __contains__ fallback to __iter__
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 7 in It())

class NotContainer:
    pass
for expr in [lambda: 1 in NotContainer(), lambda: NotContainer()[0], lambda: len(NotContainer()),
             lambda: iter(NotContainer()), lambda: NotContainer()[0:1]]:
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
nc = NotContainer()
try:
    nc[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del nc[0]
except TypeError as e:
    print("TypeError:", e)

# __getitem__ on class via __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int])
try:
    Grid[0]
except TypeError as e:
    print("TypeError:", e)
