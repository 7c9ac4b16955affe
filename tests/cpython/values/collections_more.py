from collections import Counter, deque, OrderedDict, defaultdict, namedtuple, ChainMap, UserDict, UserList, UserString
c = Counter(a=3, b=1, c=0, d=-2)
print(c, +c, -c, list(c.elements()), c.most_common(), c.total(), c['zz'], 'zz' in c)
c.update({'a': 1}, e=5); c.subtract(['a', 'a', 'q']); print(c)
c2 = Counter('hello world')
print(sorted(c2.items()), c2 == Counter('world hello'), Counter('ab') <= Counter('aab'), Counter('abc') < Counter('ab'), Counter(a=1) == Counter(a=1, b=0))
c3 = Counter(x=4); c3 += Counter(x=1, y=2); c3 -= Counter(y=5); print(c3, c3 | Counter(z=1), c3 & Counter(x=2))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(repr(Counter({'a': 1.5, 'b': 0.5})), Counter(['x', 'y', 'x']).most_common(1)[0], dict(Counter('aab')), Counter(a=2).get('a'), sorted(Counter('mississippi').elements()))
d = deque(range(5), maxlen=5)
d.append(5); d.appendleft(-1); d.insert(2, 'x') if len(d) < d.maxlen else None
print(d, d * 2 if False else list(d) * 1, d[2], d[-2], d.index(3), len(d), list(reversed(d)), deque('abc') + deque('de'), deque([1]) * 3)
d2 = deque([1, 2, 3]); d2.insert(1, 9); d2.extend('ab'); d2 += [7]; d2[0] = 'first'; del d2[1]
print(d2, d2.count(2), deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], 3 in d2, d2.copy(), bool(deque()))
for bad in [lambda: deque([1])[1:2], lambda: setattr(deque(), 'maxlen', 3), lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2), lambda: deque().rotate('a'), lambda: deque()[0]]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
od = OrderedDict.fromkeys('abc', 0)
od['b'] = 5; od.move_to_end('a')
print(od, list(od.items()), od.popitem(last=False), od, OrderedDict(sorted({'z': 1, 'y': 2}.items())), list(reversed(od)), od == {'c': 0, 'a': 0}, OrderedDict(a=1) | {'b': 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
dd = defaultdict(int)
for w in 'the cat the hat the end'.split():
    dd[w] += 1
print(sorted(dd.items()), dd.get('zzz'), 'zzz' in dd, len(dd), dict(sorted(dd.items())))
tree = lambda: defaultdict(tree)
t = tree(); t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t), type(t['x']).__name__)
nested = defaultdict(lambda: defaultdict(list))
nested['k1']['k2'].append(3)
print({k: dict(v) for k, v in nested.items()})
P = namedtuple('P', 'x y', defaults=(0,), module='geo')
print(P(1), P.__module__, P.__doc__, P._field_defaults, P(1, 2)._replace(y=5), P._make(range(2)), P(x=1) == (1, 0), P.__new__.__doc__)
print(P(3, 4).__repr__(), isinstance(P(1), tuple), len(P._fields), P(1, 2) + (3,), P(1, 2)[::-1], P(1, 2).count(1), P(5, 5).index(5), P.x.__doc__)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
cm['c'] = 4; del cm['a']
print(cm, cm.maps, cm['a'], dict(cm), cm.parents, len(cm.new_child()), list(ChainMap({'x': 1}, {'y': 2}).keys()))
class MyDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
md = MyDict(); md['ABC'] = 1; md.update({'XY': 2})
print(md, md.data, 'abc' in md, len(md), list(md))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(9)
print(ul, ul[0], ul * 2, ul + [0], len(ul), type(ul[:2]).__name__)
us = UserString('hello')
print(us.upper(), us[1:3], us + '!', len(us), us == 'hello', type(us.upper()).__name__)
