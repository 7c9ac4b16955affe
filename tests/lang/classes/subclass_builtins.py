# Weft classes derived from native types keep the native behaviour and gain
# a __dict__ (for variable-size bases it lives out of line).
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.tag = 'x'
print(l, l.total(), l.tag, l.__dict__, len(l), l[0], type(l).__name__, isinstance(l, list))  # expect: [1, 2, 3] 6 x {'tag': 'x'} 3 1 L True
l.append(4); print(l, l + [5], type(l + [5]).__name__, l == [1, 2, 3, 4])  # expect: [1, 2, 3, 4] [1, 2, 3, 4, 5] list True
class LI(list):
    def __init__(self, *a):
        super().__init__(a)
        self.extra = 'yes'
    def __getitem__(self, i): return ('LI', super().__getitem__(i))
li = LI(7, 8)
print(li, li[0], li.extra, list.__getitem__(li, 1))  # expect: [7, 8] ('LI', 7) yes 8
class Dct(dict):
    def __missing__(self, k): return k * 2
d = Dct(a=1); print(d['a'], d['zz'], d, d.get('zz'))  # expect: 1 zzzz {'a': 1} None
class OD(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
od = OD(); od['x'] = 1; print(od)  # expect: {'x': 10}
class I(int):
    def double(self): return self * 2
i = I(21); i.note = 'n'
print(i, i.double(), i + 1, type(i + 1).__name__, i.note, isinstance(i, int), I() )  # expect: 21 42 22 int n True 0
class St(str):
    def shout(self): return self.upper() + '!'
s = St('hey'); s.x = 1
print(s, s.shout(), len(s), s + 'x', s.x, repr(s), s == 'hey', {s: 1}['hey'])  # expect: hey HEY! 3 heyx 1 'hey' True 1
class Tu(tuple):
    @property
    def first(self): return self[0]
t = Tu((1, 2)); t.x = 5
print(t, t.first, t.x, t.__dict__, len(t), hash(t) == hash((1, 2)))  # expect: (1, 2) 1 5 {'x': 5} 2 True
class Pt(tuple):
    __slots__ = ()
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
pt = Pt(3, 4); print(pt, pt.x)  # expect: (3, 4) 3
try: pt.z = 1
except AttributeError as e: print(e)
# expect: 'Pt' object has no attribute 'z'
class F(float): pass
print(F(1.5) + 1, F(2.5).__class__.__name__)  # expect: 2.5 F
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try: raise E('boom', 3)
except E as e: print(repr(e), e.code, e.args, str(e))
# expect: E('boom') 3 ('boom',) boom
E.x = 1; print(E.x, isinstance(E('x', 1), Exception), E.__mro__[1:3])  # expect: 1 True (<class 'Exception'>, <class 'BaseException'>)
class E2(ValueError): pass
try: raise E2('bad')
except ValueError as e: print(type(e).__name__, e)
# expect: E2 bad
class S(set): pass
print(S([1]) | {2}, type(S([1])).__name__)  # expect: {1, 2} S
class MyObj(object): pass
print(MyObj.__bases__)  # expect: (<class 'object'>,)
