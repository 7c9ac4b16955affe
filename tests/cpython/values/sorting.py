data = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
import operator, functools
print(sorted(data, key=operator.itemgetter(1, 0)), sorted([3, 1, 2], key=None))
def cmp(a, b): return (a > b) - (a < b)
print(sorted([5, 2, 8, 1], key=functools.cmp_to_key(lambda a, b: b - a)), sorted('hello', key=functools.cmp_to_key(cmp)))
l = [3, 1, 2]; l.sort(reverse=True); print(l)
print(sorted([1.5, 1, True, -2, 0.0]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]), sorted({3: 'a', 1: 'b'}), sorted('bca'))
print(sorted([float('inf'), 1, -float('inf')]), sorted(range(5), key=lambda x: x % 2), sorted([], reverse=True))
for bad in [[1, 'a'], ['a', 1], [1, None], [(1, 'a'), (1, 2)], [{1}, {2}, 3], [[], ()], [1, 2j if False else 'x']]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print(e)
try:
    sorted([1, 2], key=lambda x: None if x == 1 else 2)
except TypeError as e:
    print(e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(e)
try:
    sorted([1], foo=1)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f'V({self.v})'
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)], key=lambda v: v.v), min(V(1), V(0)) if hasattr(V, '__gt__') else '')
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, other): return self.v > other.v
    def __repr__(self): return f'G({self.v})'
print(sorted([G(2), G(1)]))
class N:
    pass
try:
    sorted([N(), N()])
except TypeError as e:
    print(e)
print(sorted([1, 1.0, True], key=lambda x: 0) == [1, 1.0, True], [type(x).__name__ for x in sorted([True, 1, 1.0])])
l = list(range(10))
def key(x):
    return x % 3
l.sort(key=key); print(l)
try:
    l = [3, 2, 1]
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print(e)
print(sorted(reversed(range(5))), list(reversed(sorted([2, 3, 1]))), sorted(set([3, 1, 2]), reverse=True), sorted(x for x in 'cab'))
