# deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3], maxlen=5)
d.append(4)
d.appendleft(0)
d.append(5)
print(d, d.pop(), d.popleft(), len(d), d[0], list(reversed(d)))  # expect: deque([2, 3, 4], maxlen=5) 5 1 3 2 [4, 3, 2]
d.rotate(1)
print(d, d.maxlen, 3 in d, d.index(3))  # expect: deque([4, 2, 3], maxlen=5) 5 True 2
big = deque()
for i in range(100):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big.popleft(), big.pop())  # expect: 200 -99 99 -99 99
try:
    deque().pop()
except IndexError as e:
    print(e)  # expect: pop from an empty deque
dd = defaultdict(list)
dd["a"].append(1)
print(dd, dd["b"], len(dd))  # expect: defaultdict(<class 'list'>, {'a': [1], 'b': []}) [] 2
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(dict(counts))  # expect: {'m': 1, 'i': 4, 's': 4, 'p': 2}
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"])  # expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0
c.update("aa")
c.subtract("b")
print(c, sorted(c.elements())[:3], c + Counter("a"), c.total())  # expect: Counter({'a': 7, 'r': 2, 'b': 1, 'c': 1, 'd': 1}) ['a', 'a', 'a'] Counter({'a': 8, 'r': 2, 'b': 1, 'c': 1, 'd': 1}) 12
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) | Counter(a=2, b=1), Counter())  # expect: Counter({'a': 2}) Counter({'a': 2, 'b': 1}) Counter()
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, od.popitem(last=False), OrderedDict())  # expect: OrderedDict([('a', 1)]) ('b', 2) OrderedDict()
Pt = namedtuple("Pt", "x y", defaults=[0])
p = Pt(1)
print(p, p._asdict(), p._replace(x=5), Pt._make([3, 4]), p.x, p[1], Pt._fields, isinstance(p, tuple))  # expect: Pt(x=1, y=0) {'x': 1, 'y': 0} Pt(x=5, y=0) Pt(x=3, y=4) 1 0 ('x', 'y') True
x, y = p
print(x, y, p == (1, 0), Pt(y=2, x=1))  # expect: 1 0 True Pt(x=1, y=2)
Emp = namedtuple("Emp", ["name", "dept"])
print(Emp("ann", "eng"), hash(Emp("a", "b")) == hash(("a", "b")))  # expect: Emp(name='ann', dept='eng') True
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))  # expect: 1 3 2 ['a', 'b']
