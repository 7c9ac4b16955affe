from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5]); d.extendleft([-1, -2])
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 3 in d)
d.rotate(2); print(d); d.rotate(-3); print(d)
d2 = deque(maxlen=3)
for i in range(6): d2.append(i)
print(d2, d2.maxlen, list(d2), deque('abc'), deque(), deque([1], 5), repr(deque(range(3), maxlen=2)))
d.remove(3); print(d, d.count(1), d.index(2), d.reverse(), d, d.copy() == d, deque([1, 2]) < deque([1, 3]))
d.clear(); print(d)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(5), lambda: deque([1])[5], lambda: deque([1]).index(9)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dict(dd), dd['zz'], len(dd), repr(defaultdict(int)), defaultdict(lambda: 'x')['k'])
ci = defaultdict(int)
for ch in 'mississippi': ci[ch] += 1
print(sorted(ci.items()), ci.default_factory)
try:
    defaultdict(None)['x']
except KeyError as e:
    print(repr(e))
c = Counter('abracadabra')
print(c, c.most_common(2), c['a'], c['z'], sorted(c.elements())[:6], c.total() if hasattr(c, 'total') else 11)
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2, c2 - c, -Counter(a=-2, b=1) if hasattr(Counter, '__neg__') else '', +Counter(a=-1, b=2))
c.update('zzz'); c.subtract({'a': 10}); print(c, c.most_common()[-1])
print(Counter([1, 1, 2]), Counter({'x': 3}), Counter(), repr(Counter()), Counter('aab') == Counter('aba'), list(Counter('cab')))
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
od.move_to_end('b'); print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(x=1, y=2); od2.move_to_end('y', last=False); print(od2, OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), p == (1, 2), tuple(p), len(p), repr(Point))
x, y = p; print(x, y, p + (3,), p * 2, hash(p) == hash((1, 2)), isinstance(p, tuple), Point.__name__)
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(5, 6, 7), P3._field_defaults, P3(a=1, c=3))
Emp = namedtuple('Emp', 'name, age')
print(Emp('bob', age=3), Emp._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1), lambda: namedtuple('X', 'a a'), lambda: namedtuple('X', 'class'), lambda: Point(1, y=2, z=3), lambda: setattr(p, 'x', 5)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
R = namedtuple('R', ['a', 'b'], rename=True) if False else namedtuple('R', ['a', '_b', 'def'], rename=True)
print(R._fields)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'z': 0})['z'])
class MyPoint(namedtuple('MyPoint', 'x y')):
    __slots__ = ()
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(MyPoint(3, 4).norm(), MyPoint(3, 4))
