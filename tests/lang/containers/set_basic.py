# set/frozenset: CPython iteration order for ints, operators, methods, errors, hashing.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

print({3, 1, 2}, {10, 100, 1000}, {8, 16, 24, 0}, set(), frozenset(), frozenset({1}), {-1, -2, 5})  # expect: {1, 2, 3} {1000, 10, 100} {8, 16, 24, 0} set() frozenset() frozenset({1}) {5, -1, -2}
print(set([5, 4, 3, 2, 1, 0, 9, 64, 128, 33]), set(range(20, 0, -3)))  # expect: {0, 1, 2, 3, 4, 5, 64, 128, 33, 9} {2, 5, 8, 11, 14, 17, 20}
a = {1, 2, 3, 9, 17}
b = {17, 9, 25}
print(a & b, b & a, a - b, b - a, a | b, b | a, a ^ b, b ^ a)  # expect: {17, 9} {17, 9} {1, 2, 3} {25} {1, 2, 3, 17, 9, 25} {1, 2, 3, 9, 17, 25} {1, 2, 3, 25} {1, 2, 3, 25}
print({8, 16} ^ {0}, {0} ^ {8, 16})  # expect: {0, 8, 16} {8, 16, 0}
print(a.union([40, 2], (50,)), a.intersection([1, 9, 99]), a.difference([1], {2}), a.symmetric_difference([1, 100]))  # expect: {1, 2, 3, 17, 50, 40, 9} {1, 9} {3, 17, 9} {2, 3, 100, 9, 17}
print(a.intersection(), a.union(), a.intersection(b, {17}), a.difference())  # expect: {1, 2, 3, 17, 9} {1, 2, 3, 17, 9} {17} {1, 2, 3, 17, 9}
s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 8}
s -= {2}
s ^= {1, 7}
print(s)  # expect: {4, 7}
s.update([10, 11], (12,))
s.intersection_update(range(11), [4, 7, 10, 99])
print(s)  # expect: {10, 4, 7}
s.difference_update([4])
s.symmetric_difference_update([7, 30])
print(s)  # expect: {10, 30}
t = {1, 2}
t.add(3); t.add(1); t.discard(2); t.discard(99)
print(t, len(t), 3 in t, 2 in t)  # expect: {1, 3} 2 True False
t.remove(1)
show(lambda: t.remove(1))  # expect: KeyError: 1
show(lambda: t.remove([1]))  # expect: TypeError: unhashable type: 'list'
print(t.pop(), t)  # expect: 3 set()
show(lambda: t.pop())  # expect: KeyError: 'pop from an empty set'
show(lambda: set().pop())  # expect: KeyError: 'pop from an empty set'
u = set(range(10))
print([u.pop() for _ in range(3)], u)  # expect: [0, 1, 2] {3, 4, 5, 6, 7, 8, 9}
u.clear()
print(u, bool(u))  # expect: set() False
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1} > {1}, {1, 2} == {2, 1}, {1} != {1})  # expect: True False True False True False
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]), {1}.isdisjoint({1}))  # expect: True True True False
print({1} == frozenset({1}), frozenset({1, 2}) == {1, 2}, {1} == [1])  # expect: True True False
print(type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__, type(frozenset() - {1}).__name__)  # expect: set frozenset frozenset
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))  # expect: 133146708735736 -1826646154956904602 True
print(hash(frozenset(range(50))), hash(frozenset({frozenset({1})})))  # expect: -1309786936372247613 5515263749738256364
show(lambda: hash({1}))  # expect: TypeError: unhashable type: 'set'
show(lambda: {[1]})  # expect: TypeError: unhashable type: 'list'
show(lambda: {1} | [2])  # expect: TypeError: unsupported operand type(s) for |: 'set' and 'list'
show(lambda: {1} < [1])  # expect: TypeError: '<' not supported between instances of 'set' and 'list'
print({frozenset({1}): 'x'}[frozenset({1})], frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})  # expect: x True True
show(lambda: {1}.add([2]))  # expect: TypeError: unhashable type: 'list'
f = frozenset([3, 4])
print(f.copy() is f, f.union({5}), f & {3}, frozenset(f) is f)  # expect: True frozenset({3, 4, 5}) frozenset({3}) True
show(lambda: f.add(1))  # expect: AttributeError: 'frozenset' object has no attribute 'add'
show(lambda: set(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: set([1], [2]))  # expect: TypeError: set expected at most 1 argument, got 2
show(lambda: set(x=1))  # expect: TypeError: set() takes no keyword arguments
show(lambda: frozenset(1, 2))  # expect: TypeError: frozenset expected at most 1 argument, got 2
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), S(), F([3]), F(), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)  # expect: S({1, 2}) S() F({3}) F() set frozenset
rec = S()
print(rec)  # expect: S()
it = iter({1, 2, 3})
print(next(it))  # expect: 1
w = {1, 2, 3}
try:
    for x in w:
        w.add(x + 10)
except RuntimeError as ex:
    print('RuntimeError:', ex)  # expect: RuntimeError: Set changed size during iteration
d = {9: 1, 1: 2, 17: 3}
print(set(d), set(d.items()), frozenset('aa'), set('abcabc') == {'a', 'b', 'c'})  # expect: {9, 1, 17} {(1, 2), (9, 1), (17, 3)} frozenset({'a'}) True
print(set[int], frozenset[str])  # expect: set[int] frozenset[str]
words = {'apple', 'pear'}
print(sorted(words), 'apple' in words, len(words | {'fig'}))  # expect: ['apple', 'pear'] True 3
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), min(big), max(big), sum(big))  # expect: 500 1 999 250000
print({x * 8 for x in range(6)}, {x % 5 for x in range(100)})  # expect: {0, 32, 8, 40, 16, 24} {0, 1, 2, 3, 4}
