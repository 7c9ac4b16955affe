# dict: repr, lookup, KeyError, methods, update forms, | and |=, equality, order.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

d = {'a': 1, 2: [3], (1, 2): 'tup', None: None, 1.5: 'f'}
print(d)  # expect: {'a': 1, 2: [3], (1, 2): 'tup', None: None, 1.5: 'f'}
print({})  # expect: {}
print(d['a'], d[2], d[(1, 2)], d[None], d[1.5])  # expect: 1 [3] tup None f
show(lambda: d['x'])  # expect: KeyError: 'x'
show(lambda: d[(1, 2, 3)])  # expect: KeyError: (1, 2, 3)
show(lambda: d[[1]])  # expect: TypeError: unhashable type: 'list'
show(lambda: {[]: 1})  # expect: TypeError: unhashable type: 'list'
print({1: 'int'}[True], {True: 'b'}[1], {1: 'x'}[1.0], {0: 'z'}[False])  # expect: int b x z
e = {}
e['x'] = 1
e['y'] = 2
e['x'] = 3
print(e, len(e))  # expect: {'x': 3, 'y': 2} 2
del e['x']
print(e, 'x' in e, 'y' in e)  # expect: {'y': 2} False True
show(lambda: e.__delitem__('x'))  # expect: KeyError: 'x'
r = {}
r['self'] = r
print(r)  # expect: {'self': {...}}
print(d.get('a'), d.get('zz'), d.get('zz', 0))  # expect: 1 None 0
show(lambda: d.get())  # expect: TypeError: get expected at least 1 argument, got 0
show(lambda: d.get(1, 2, 3))  # expect: TypeError: get expected at most 2 arguments, got 3
f = {'k': 1}
print(f.setdefault('k', 5), f.setdefault('n', 7), f.setdefault('m'), f)  # expect: 1 7 None {'k': 1, 'n': 7, 'm': None}
print(f.pop('k'), f.pop('zz', 'dflt'), f)  # expect: 1 dflt {'n': 7, 'm': None}
show(lambda: f.pop('zz'))  # expect: KeyError: 'zz'
show(lambda: f.pop())  # expect: TypeError: pop expected at least 1 argument, got 0
print(f.popitem(), f.popitem(), f)  # expect: ('m', None) ('n', 7) {}
show(lambda: f.popitem())  # expect: KeyError: 'popitem(): dictionary is empty'
g = {'a': 1}
g.update({'b': 2}, c=3)
g.update([('d', 4), ['e', 5]])
g.update(f=6)
g.update({'a': 0}.items())
print(g)  # expect: {'a': 0, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
show(lambda: g.update([1]))  # expect: TypeError: cannot convert dictionary update sequence element #0 to a sequence
show(lambda: g.update([(1, 2, 3)]))  # expect: ValueError: dictionary update sequence element #0 has length 3; 2 is required
show(lambda: g.update(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: g.update({}, {}))  # expect: TypeError: update expected at most 1 argument, got 2
print(dict(), dict(a=1), dict([(1, 2)], b=3), dict({'x': 1}, y=2), dict(zip('ab', range(2))))  # expect: {} {'a': 1} {1: 2, 'b': 3} {'x': 1, 'y': 2} {'a': 0, 'b': 1}
show(lambda: dict(1, 2))  # expect: TypeError: dict expected at most 1 argument, got 2
show(lambda: dict([1]))  # expect: TypeError: cannot convert dictionary update sequence element #0 to a sequence
show(lambda: dict([[1, 2, 3]]))  # expect: ValueError: dictionary update sequence element #0 has length 3; 2 is required
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
print(dict(M()), {**{'a': 1}, 'b': 2})  # expect: {'p': 'pp', 'q': 'qq'} {'a': 1, 'b': 2}
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), []))  # expect: {'a': None, 'b': None, 'c': None} {1: 0, 2: 0} {0: [], 1: []}
show(lambda: dict.fromkeys())  # expect: TypeError: fromkeys expected at least 1 argument, got 0
h = {'a': 1, 'b': 2}
hc = h.copy()
hc['c'] = 3
print(h, hc, h == {'b': 2, 'a': 1}, h != hc, h == {'a': 1, 'b': 3})  # expect: {'a': 1, 'b': 2} {'a': 1, 'b': 2, 'c': 3} True True False
show(lambda: h < hc)  # expect: TypeError: '<' not supported between instances of 'dict' and 'dict'
print({'a': 1} | {'b': 2, 'a': 0}, h)  # expect: {'a': 0, 'b': 2} {'a': 1, 'b': 2}
h |= {'z': 26}
h |= [('y', 25)]
print(h)  # expect: {'a': 1, 'b': 2, 'z': 26, 'y': 25}
show(lambda: {} | [])  # expect: TypeError: unsupported operand type(s) for |: 'dict' and 'list'
show(lambda: hash({}))  # expect: TypeError: unhashable type: 'dict'
h.clear()
print(h, len(h))  # expect: {} 0
order = {}
for i in [5, 3, 9, 1]:
    order[i] = i * i
del order[3]
order[3] = 'back'
print(order, list(order), list(reversed(order)))  # expect: {5: 25, 9: 81, 1: 1, 3: 'back'} [5, 9, 1, 3] [3, 1, 9, 5]
big = {}
for i in range(1000):
    big['k%d' % i] = i
for i in range(0, 1000, 2):
    del big['k%d' % i]
print(len(big), big['k999'], list(big)[:3], sum(big.values()))  # expect: 500 999 ['k1', 'k3', 'k5'] 250000
try:
    for k in big:
        big['new'] = 1
except RuntimeError as ex:
    print('RuntimeError:', ex)  # expect: RuntimeError: dictionary changed size during iteration
try:
    for k in big:
        del big[k]
except RuntimeError as ex:
    print('RuntimeError:', ex)  # expect: RuntimeError: dictionary changed size during iteration
class DD(dict):
    def __missing__(self, key):
        self[key] = [key]
        return self[key]
dd = DD()
print(dd['q'], dd, isinstance(dd, dict), dd.get('zz'), 'zz' in dd)  # expect: ['q'] {'q': ['q']} True None False
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(c, c['nope'], type(c).__name__)  # expect: {'h': 1, 'e': 1, 'l': 2, 'o': 1} 0 Counter
print(dict[str, int], dict[str, list[int]])  # expect: dict[str, int] dict[str, list[int]]
print({'a': 1}.__class_getitem__(int))  # expect: dict[int]
