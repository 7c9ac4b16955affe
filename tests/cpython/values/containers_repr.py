print([], (), {}, set(), frozenset(), [[]], ((),), (1,), (1, 2), [1, [2, [3, [4]]]])
print({'a': [1, 2], 'b': {'c': (3,)}}, {1: None, 2: True, 3: 1.5}, {(1, 2): frozenset({1})}, [None, ..., NotImplemented])
print(set([3, 1, 2]), frozenset([5, 4]), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), repr({}.keys()))
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'x': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
d2 = {}
d2[1] = [d2]
print(d2, [d2, d2])
class Node:
    def __init__(self, v): self.v = v; self.kids = []
    def __repr__(self): return f'Node({self.v!r}, {self.kids!r})'
n = Node(1); n.kids.append(Node('a'))
print(n, [n], {'n': n})
class Weird:
    def __repr__(self): return 'W<>'
    def __str__(self): return 'w-str'
print(Weird(), [Weird()], str(Weird()), f'{Weird()}', f'{Weird()!r}', '%s %r' % (Weird(), Weird()))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
try:
    print([BadRepr()])
except TypeError as e:
    print(e)
class NoStr:
    pass
print(type(NoStr).__name__, NoStr.__name__, NoStr.__qualname__, str(NoStr)[:7])
def f(): pass
print(f.__name__, f.__qualname__, repr(len), repr(print), str(int), str(type), repr(object), int, float, str, list, dict, type(None), type(...), type(NotImplemented))
import math, sys
print(type(math).__name__, type(f).__name__, type(len).__name__, type([].append).__name__, type(x for x in []).__name__)
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1), slice(1, 2), slice(None), slice(1, None, 3), repr(slice('a', 2.5)))
print(True, False, None, Ellipsis, NotImplemented, ..., [True, None])
print({True: 'a', 1: 'b', 1.0: 'c'}, {1, 1.0, True}, {0, False, 0.0, -0.0})
print(list(reversed([1, 2, 3])), list(enumerate('ab', 1)), list(zip('ab', [1, 2])), dict(zip('ab', range(2))))
print(repr(reversed([]))[:22], repr(iter([]))[:20], repr(iter(()))[:20], repr(iter(''))[:20], repr(iter({}))[:25])
import collections
print(repr(collections.OrderedDict(a=1)), collections.deque([1, 2], maxlen=3), collections.Counter('aab'), collections.defaultdict(list, {1: [2]}))
