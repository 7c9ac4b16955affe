# Containers mutated from inside __eq__/__lt__/key functions must not crash.
class Evil:
    def __init__(self, d, h): self.d = d; self.h = h
    def __hash__(self): return self.h
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
d[Evil(d, 5)] = 1
for i in range(20): d[i] = i
print(Evil(d, 5) in d, len(d))  # expect: False 0
d[Evil(d, 5)] = 1
d[Evil(d, 5)] = 2
print(len(d))  # expect: 1
s = set()
class Evil2:
    def __hash__(self): return 1
    def __eq__(self, o):
        s.clear()
        return False
s.add(Evil2()); s.add(Evil2())
print(len(s))  # expect: 1
class Bad:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        self.l.clear(); return False
l = []
l.extend([Bad(l) for _ in range(5)])
print(l.count(0), len(l))  # expect: 0 0
l.extend([Bad(l) for _ in range(5)])
print(0 in l, len(l))  # expect: False 0
l.extend([Bad(l) for _ in range(5)])
try:
    l.remove(0)
except ValueError as e:
    print(e)  # expect: list.remove(x): x not in list
l.extend([Bad(l) for _ in range(5)])
try:
    l.index(0)
except ValueError as e:
    print(e)  # expect: 0 is not in list
m = [3, 1, 2]
def km(x):
    m.append(x)
    return x
try:
    m.sort(key=km)
except ValueError as e:
    print(e, m)  # expect: list modified during sort [1, 2, 3]
class Cmp:
    def __init__(self, v, l): self.v = v; self.l = l
    def __lt__(self, o):
        self.l.append(1)
        return self.v < o.v
    def __repr__(self): return str(self.v)
q = []
q.extend(Cmp(v, q) for v in [3, 1, 2])
try:
    q.sort()
except ValueError as e:
    print(e, q)  # expect: list modified during sort [1, 2, 3]
class Boom:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Boom.n += 1
        if Boom.n == 300: raise ValueError('boom')
        return self.v < o.v
xs = [Boom((i * 7919) % 1000) for i in range(500)]
ids = sorted(id(x) for x in xs)
try:
    xs.sort()
except ValueError as e:
    print('ValueError', e)  # expect: ValueError boom
print(sorted(id(x) for x in xs) == ids, len(xs))  # expect: True 500
x = []
for i in range(100000): x = [x]
try:
    print(len(repr(x)))
except RecursionError:
    print('RecursionError')  # expect: RecursionError
y = [[]]
z = [[]]
for i in range(100000): y = [y]; z = [z]
try:
    print(y == z)
except RecursionError:
    print('RecursionError')  # expect: RecursionError
del x, y, z
l = [1, 2, 3]
for v in l:
    if v == 2: l.remove(v)
print(l)  # expect: [1, 3]
d = {1: 1}
try:
    for k in d: d[k + 1] = 1
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration
d = {1: 1}
try:
    for k in d:
        del d[k]; d[k + 1] = 1
except RuntimeError as e:
    print(e)  # expect: dictionary keys changed during iteration
s = {1, 2}
try:
    for v in s: s.discard(v)
except RuntimeError as e:
    print(e)  # expect: Set changed size during iteration
print('done')  # expect: done
