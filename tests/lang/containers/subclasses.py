# Subclasses of list/dict/set/tuple, dunder methods as attributes, str() of containers.
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 'T'
    def __getitem__(self, i):
        return ('got', super().__getitem__(i))
m = MyList([1, 2, 3])
print(m, m[0], m.tag, len(m), type(m).__name__, m + [4], type(m + [4]).__name__, isinstance(m, list))  # expect: [1, 2, 3] ('got', 1) T 3 MyList [1, 2, 3, 4] list True
print(list(m), m == [1, 2, 3], m[1:2], sorted(m, reverse=True))  # expect: [1, 2, 3] True ('got', [2]) [3, 2, 1]
m.append(9); m.sort(reverse=True); print(m)  # expect: [9, 3, 2, 1]
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict(a=1)
md['b'] = 2
md.update(c=3)
print(md, md.copy(), type(md.copy()).__name__, dict(md), md | {'z': 0}, type(md | {}).__name__)  # expect: {'a': 1, 'b': 4, 'c': 3} {'a': 1, 'b': 4, 'c': 3} dict {'a': 1, 'b': 4, 'c': 3} {'a': 1, 'b': 4, 'c': 3, 'z': 0} dict
class MySet(set):
    pass
ms = MySet([3, 1])
print(ms, ms | {5}, type(ms | {5}).__name__, type(ms.copy()).__name__, ms == {1, 3}, MySet())  # expect: MySet({1, 3}) {1, 3, 5} set set True MySet()
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return 'Point(x=%r, y=%r)' % self
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), hash(p) == hash((1, 2)), len(p), list(p), p + (3,), type(p[:]).__name__)  # expect: Point(x=1, y=2) 1 2 True True 2 [1, 2] (1, 2, 3) tuple
x, y = p
print(x, y, {p: 'pt'}[(1, 2)])  # expect: 1 2 pt
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[int, str])  # expect: ('G', <class 'int'>) ('G', (<class 'int'>, <class 'str'>))
l = [1, 2, 3]
list.__init__(l, 'ab')
print(l)  # expect: ['a', 'b']
d = {'a': 1}
dict.__init__(d, b=2)
print(d)  # expect: {'a': 1, 'b': 2}
print({1, 1.0, True}, {1: 'a', 1.0: 'b', True: 'c'}, {0.5: 1, 0: 2, -0.0: 3})  # expect: {1} {1: 'c'} {0.5: 1, 0: 3}
print(hash(1.5), {1.5, 2.5, 3.5}, {-1, -2, -3}, {2**62, 2**63, 2**64, -2**62})  # expect: 1152921504606846977 {1.5, 2.5, 3.5} {-3, -1, -2} {18446744073709551616, 4611686018427387904, 9223372036854775808, -4611686018427387904}
print({(1, 2), (2, 1), (1, 1)})  # expect: {(1, 1), (1, 2), (2, 1)}
print(sorted({'x': 3, 'y': 1}.items(), key=lambda kv: kv[1]))  # expect: [('y', 1), ('x', 3)]
print(list.__dict__['append'] is not None, dict.fromkeys.__name__ if hasattr(dict.fromkeys, '__name__') else '?')  # expect: True fromkeys
print([].__len__(), [1].__getitem__(0), {1: 2}.__getitem__(1), (1, 2).__len__(), {1}.__contains__(1), range(3).__len__())  # expect: 0 1 2 2 True 3
print(list.__getitem__([5, 6], 1), dict.__contains__({1: 2}, 1), tuple.__new__(tuple, [1]))  # expect: 6 True (1,)
print(type([]).__name__, type(iter({})).__name__, type({}.keys()).__name__, type(iter(set())).__name__)  # expect: list dict_keyiterator dict_keys set_iterator
it = iter([1, 2])
print(it.__next__(), it.__iter__() is it, it.__length_hint__())  # expect: 1 True 1
print(str([1, 'a']), str((1,)), str({1: 'a'}), str({1}), str(frozenset()), format([1, 2]), f"{[1]!r} {(2,)}")  # expect: [1, 'a'] (1,) {1: 'a'} {1} frozenset() [1, 2] [1] (2,)
print([1, 2, 3].__repr__(), {}.__repr__(), set().__repr__())  # expect: [1, 2, 3] {} set()
print(list.__hash__ is None, dict.__hash__ is None, tuple.__hash__ is None, set.__hash__ is None, frozenset.__hash__ is None)  # expect: True True False True False
print(bool([]), bool([0]), bool({}), bool({0: 0}), bool(set()), bool(range(0)), not (1,))  # expect: False True False True False False False
