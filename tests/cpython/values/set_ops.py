a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a >= {1}, a < a, a == {4, 3, 2, 1}, {1} < a)
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([1, 10]), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]))
s = set()
s.add(5); s.add(5); s.update([1, 2], {3}); s.discard(99); s.remove(1)
print(s, len(s), 2 in s, s.pop() in {2, 3, 5}, len(s))
s.clear()
print(s, set('abc') == {'a', 'b', 'c'}, sorted({'x', 'y'}))
c = a.copy(); c |= {100}; c &= {1, 100}; c -= {1}; c ^= {7}
print(c, a)
fs = frozenset([1, 2])
print(fs, fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, fs == {1, 2}, hash(fs) == hash(frozenset([2, 1])), {fs: 1})
print({frozenset(): 0}, frozenset(), set(), frozenset([frozenset([1])]))
print(set(range(20)), {-1, -2, 0}, {10**20, 1}, set([1.5, 2]), {None} if True else 0)
try:
    s.remove(42)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
try:
    fs.add(3)
except AttributeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
try:
    for x in a:
        a.add(x + 100)
except RuntimeError as e:
    print(e)
print({x % 3 for x in range(10)}, {1, 2} - {2} | {3} & {3, 4}, set([1, 2]) == frozenset([1, 2]))
print(sorted({3, 1, 2}, reverse=True), min({4, 2}), sum({1, 2, 3}), list({5: 1, 3: 2}))
print(a.__contains__(1), set.union({1}, {2}), len(set('mississippi')), sorted(set('mississippi')))
