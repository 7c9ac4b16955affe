# list.sort / sorted: stability, key, reverse, errors, mutation during sort.
import random
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

a = [5, 3, 9, 1, 5, 0, -2, 7]
a.sort()
print(a)  # expect: [-2, 0, 1, 3, 5, 5, 7, 9]
a.sort(reverse=True)
print(a)  # expect: [9, 7, 5, 5, 3, 1, 0, -2]
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))  # expect: ['Apple', 'Banana', 'apple', 'banana', 'cherry', 'date'] ['Apple', 'apple', 'banana', 'Banana', 'cherry', 'date'] ['banana', 'cherry', 'Banana', 'Apple', 'apple', 'date']
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))  # expect: [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a'), (1, 'c'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0], reverse=True))  # expect: [(2, 'c'), (1, 'b'), (1, 'a'), (1, 'c'), (0, 'a'), (0, 'b')]
print(sorted([3.5, 1, 2.25, -1, 0.0, 10**20, -10**20]))  # expect: [-100000000000000000000, -1, 0.0, 1, 2.25, 3.5, 100000000000000000000]
print(sorted(['b', 'a', 'é', 'z', 'ab', '']))  # expect: ['', 'a', 'ab', 'b', 'z', 'é']
rng = random.Random(7)
big = [rng.randint(0, 1000) for _ in range(2000)]
s1 = sorted(big)
print(s1 == sorted(big, key=lambda v: v), s1[:5], s1[-5:], all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)))  # expect: True [0, 0, 1, 1, 1] [997, 998, 999, 999, 999] True
recs = [(rng.randint(0, 5), i) for i in range(500)]
st = sorted(recs, key=lambda r: r[0])
print(all(st[i][1] < st[i + 1][1] for i in range(len(st) - 1) if st[i][0] == st[i + 1][0]))  # expect: True
st = sorted(recs, key=lambda r: r[0], reverse=True)
print(all(st[i][1] < st[i + 1][1] for i in range(len(st) - 1) if st[i][0] == st[i + 1][0]))  # expect: True
show(lambda: [3, 'a', 1].sort())  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
show(lambda: sorted([3, 1], key=lambda v: 1 / 0))  # expect: ZeroDivisionError: division by zero
show(lambda: [1, 2].sort(1))  # expect: TypeError: sort() takes no positional arguments
show(lambda: [1, 2].sort(key=1))  # expect: TypeError: 'int' object is not callable
show(lambda: [1, 2].sort(reverse=None))  # expect: TypeError: 'NoneType' object cannot be interpreted as an integer
show(lambda: [1, 2].sort(cmp=None))  # expect: TypeError: 'cmp' is an invalid keyword argument for sort()
b = [3, 'x', 2, 1]
try:
    b.sort()
except TypeError as e:
    print('TypeError', sorted(map(str, b)))  # expect: TypeError ['1', '2', '3', 'x']
c = [5, 4, 3, 2, 1]
def bad_key(v):
    c.append(v)
    return v
show(lambda: c.sort(key=bad_key))  # expect: ValueError: list modified during sort
print(c)  # expect: [1, 2, 3, 4, 5]
d = [3, 2, 1]
def clear_key(v):
    d.clear()
    return v
show(lambda: d.sort(key=clear_key))  # expect: None
print(d)  # expect: [1, 2, 3]
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return 'Rev(%d)' % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))  # expect: [Rev(3), Rev(2), Rev(1)]
print(sorted([]), sorted([1]), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted('cba'))  # expect: [] [1] [1, 2] [1, 3] ['a', 'b', 'c']
e = [1, 2, 3]
print(e.sort(), e)  # expect: None [1, 2, 3]
