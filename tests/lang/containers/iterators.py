# enumerate, zip (strict), map, filter, reversed, sequence iterator, iter(callable, sentinel).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate([], 3)), list(enumerate('a', start=-1)))  # expect: [(0, 'a'), (1, 'b'), (2, 'c')] [(5, 'a'), (6, 'b')] [] [(-1, 'a')]
print(list(enumerate('xy', 2**70)))  # expect: [(1180591620717411303424, 'x'), (1180591620717411303425, 'y')]
show(lambda: enumerate())  # expect: TypeError: enumerate() missing required argument 'iterable'
show(lambda: enumerate([], 1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
show(lambda: enumerate(5))  # expect: TypeError: 'int' object is not iterable
e = enumerate('ab')
print(type(e).__name__, iter(e) is e, next(e), next(e))  # expect: enumerate True (0, 'a') (1, 'b')
show(lambda: next(e))  # expect: StopIteration: 
print(list(zip()), list(zip('ab')), list(zip('abc', range(2))), list(zip([1, 2], 'xy', (True, None))))  # expect: [] [('a',), ('b',)] [('a', 0), ('b', 1)] [(1, 'x', True), (2, 'y', None)]
print(list(zip('ab', 'cd', strict=True)))  # expect: [('a', 'c'), ('b', 'd')]
show(lambda: list(zip('ab', 'c', strict=True)))  # expect: ValueError: zip() argument 2 is shorter than argument 1
show(lambda: list(zip('a', 'bc', strict=True)))  # expect: ValueError: zip() argument 2 is longer than argument 1
show(lambda: list(zip('ab', 'cd', 'e', strict=True)))  # expect: ValueError: zip() argument 3 is shorter than arguments 1-2
show(lambda: list(zip('ab', 'cd', 'efg', strict=True)))  # expect: ValueError: zip() argument 3 is longer than arguments 1-2
show(lambda: zip(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: zip('a', x=1))  # expect: TypeError: 'x' is an invalid keyword argument for zip()
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, 'ab', 'xyz')))  # expect: [1, 2, 3] [8, 9] ['ax', 'by']
show(lambda: map(abs))  # expect: TypeError: map() must have at least two arguments.
show(lambda: list(map(abs, ['a'])))  # expect: TypeError: bad operand type for abs(): 'str'
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda v: v % 2, range(7))), list(filter(bool, [0, 2])))  # expect: [1, 'a', [0]] [1, 3, 5] [2]
show(lambda: filter(None))  # expect: TypeError: filter expected 2 arguments, got 1
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))  # expect: [3, 2, 1] [2, 1] ['c', 'b', 'a'] [2, 1, 0] ['b', 'a']
show(lambda: reversed(5))  # expect: TypeError: 'int' object is not reversible
show(lambda: reversed({1, 2}))  # expect: TypeError: 'set' object is not reversible
show(lambda: reversed())  # expect: TypeError: reversed expected 1 argument, got 0
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq(), list(iter(Seq())))  # expect: [20, 10, 0] [0, 10, 20] True [0, 10, 20]
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
show(lambda: reversed(NoRev()))  # expect: TypeError: 'NoRev' object is not reversible
class OwnRev:
    def __reversed__(self): return iter('zyx')
print(list(reversed(OwnRev())))  # expect: ['z', 'y', 'x']
class Gi:
    def __getitem__(self, i):
        if i > 4: raise StopIteration
        return i
print(list(Gi()), type(iter(Gi())).__name__)  # expect: [0, 1, 2, 3, 4] iterator
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)), type(iter(tick, 4)).__name__)  # expect: [1, 2, 3] callable_iterator
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))  # expect: []
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('ab', map(str.upper, 'ab'))))  # expect: [(1, 2), ('a', 'b')] {'a': 'A', 'b': 'B'}
print(sum(x for _, x in enumerate(range(100))), [i for i, _ in zip(range(3), iter(int, 1))])  # expect: 4950 [0, 1, 2]
print(list(map(str, filter(None, reversed(range(4))))))  # expect: ['3', '2', '1']
