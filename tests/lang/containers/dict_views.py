# dict views: repr, len, membership, set operations, reversed, iteration errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i)
d['d'] = 4
print(k, list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
n = {1: 0, 9: 0, 17: 0, 4: 0}
print(n.keys() & {9, 25}, n.keys() | {25, 2}, n.keys() - {1}, n.keys() ^ {1, 33}, {33, 1} ^ n.keys(), [8] | n.keys())
print(sorted({'a', 'q'} & k), sorted(['z'] | k), {'a', 'b'} - k)
e = {1: 'x', 2: 'y'}
print(e.items() & {(1, 'x'), (2, 'q')}, e.items() - {(1, 'x')}, sorted(e.items() | {(3, 'z')}))
print({1: 2}.items() ^ {(1, 2), (3, 4)}, {1: 2, 5: 6}.items() ^ {1: 3, 5: 6}.items())
print(e.keys() == {1, 2}, e.keys() == {1}, e.keys() < {1, 2, 3}, e.keys() >= {1}, e.values() == e.values())
print(e.keys().isdisjoint([3, 4]), e.keys().isdisjoint([2]), e.items().isdisjoint({(1, 'x')}))
show(lambda: hash(e.keys()))
show(lambda: hash(e.items()))
print(type(hash(e.values())).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(type(k).__name__, type(v).__name__, type(i).__name__)
rec = {}
rec[1] = rec
print(rec.items(), rec.values())
print({}.keys(), {}.values(), {}.items())
f = {1: 1, 2: 2}
it = iter(f.items())
print(next(it))
f[3] = 3
show(lambda: next(it))
show(lambda: next(it))
for key, val in {'x': 10, 'y': 20}.items():
    print(key, val)
pairs = [p for p in {'p': 1, 'q': 2}.items()]
print(pairs, pairs[0] is pairs[1])
g = {1: 'a'}
ks = g.keys()
g.clear()
print(ks, len(ks))
print(k.mapping if hasattr(k, 'mapping') else None)
# expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)])
# expect: 3 3 3 True True True False False
# expect: dict_keys(['a', 'b', 'c', 'd']) [1, 2, 3, 4] [('a', 1), ('b', 2), ('c', 3), ('d', 4)]
# expect: ['d', 'c', 'b', 'a'] [4, 3, 2, 1] [('d', 4), ('c', 3), ('b', 2), ('a', 1)]
# expect: ['a'] ['a', 'b', 'c', 'd', 'z'] ['b', 'c', 'd'] ['b', 'c', 'd', 'z']
# expect: {9} {1, 17, 2, 4, 9, 25} {4, 9, 17} {33, 4, 9, 17} {33, 4, 9, 17} {1, 4, 8, 9, 17}
# expect: ['a'] ['a', 'b', 'c', 'd', 'z'] set()
# expect: {(1, 'x')} {(2, 'y')} [(1, 'x'), (2, 'y'), (3, 'z')]
# expect: {(3, 4)} {(1, 2), (1, 3)}
# expect: True False True True False
# expect: True False False
# expect: TypeError: unhashable type: 'dict_keys'
# expect: TypeError: unhashable type: 'dict_items'
# expect: int
# expect: dict_keyiterator dict_valueiterator dict_itemiterator
# expect: dict_reversekeyiterator dict_reversevalueiterator dict_reverseitemiterator
# expect: dict_keys dict_values dict_items
# expect: dict_items([(1, {1: {...}})]) dict_values([{1: {...}}])
# expect: dict_keys([]) dict_values([]) dict_items([])
# expect: (1, 1)
# expect: RuntimeError: dictionary changed size during iteration
# expect: RuntimeError: dictionary changed size during iteration
# expect: x 10
# expect: y 20
# expect: [('p', 1), ('q', 2)] False
# expect: dict_keys([]) 0
# expect: {'a': 1, 'b': 2, 'c': 3, 'd': 4}
