import sys
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
l = []
for _ in range(100000):
    l = [l]
try:
    s = repr(l)
    print('repr ok', len(s))
except RecursionError as e:
    print('RecursionError', e)
d = {}
cur = d
for _ in range(50):
    cur['k'] = {}
    cur = cur['k']
print(str(d)[:30], len(str(d)))
print(sys.getrecursionlimit())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
import json
nested = [[[[[[1]]]]]]
print(json.dumps(nested), eval(repr(nested)) == nested)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == 1
except RecursionError as e:
    print('RecursionError', e)
a = []; a.append(a); b = []; b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
t = (1,)
for _ in range(10):
    t = (t, t)
print(hash(t) == hash(eval(repr(t))), len(repr(t)))
