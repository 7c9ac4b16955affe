d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
d['d'] = 4
print(list(k), list(v), list(it))
print(k & {'a', 'x'}, k | {'z'} == {'a', 'b', 'c', 'd', 'z'}, sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), k == {'a', 'b', 'c', 'd'}, k < {'a', 'b', 'c', 'd', 'e'})
print(it & {('a', 1)}, sorted(it - {('a', 1)}), k.isdisjoint({'x'}), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('e', 5), d.setdefault('a', 99), d.pop('e'), d.pop('zz', None), d)
print(d.popitem(), d, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([('x', 1)], y=2), dict({1: 2}))
d.update({'z': 26}, w=23)
d.update([('q', 0)])
print(d, d | {'a': 100}, {**d, 'b': -1})
d |= {'n': 1}
print(d, list(d), len(d), d == dict(d), d != {}, d.copy() is not d)
for key in d:
    pass
try:
    for key in d:
        d['new'] = 1
except RuntimeError as e:
    print(e)
try:
    for key in d:
        del d['new']
except RuntimeError as e:
    print(e)
try:
    d['missing']
except KeyError as e:
    print(repr(e), e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d.pop('nope')
except KeyError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    {} < {}
except TypeError as e:
    print(e)
try:
    d.keys()[0]
except TypeError as e:
    print(e)
try:
    {'a': 1} | [1]
except TypeError as e:
    print(e)
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(a=1)
print(m['a'], m['zz'], m, type(m).__name__, isinstance(m, dict), m.get('q'))
e = {}
e[1] = 'int'; e[1.0] = 'float'; e[True] = 'bool'
print(e, {(1, 'a'): 1}, {None: 0, '': 1, 0: 2})
del d['a']
print(d.keys(), sorted(d.items())[:2], 'a' in d, d.clear(), d)
od = dict(b=1, a=2)
print(sorted(od), sorted(od, key=od.get), max(od, key=od.get), {k: v for k, v in sorted(od.items())})
