import copy, operator
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
class P:
    def __init__(self, x): self.x = x; self.items = [x]
    def __repr__(self): return f'P({self.x}, {self.items})'
p = P(1); q = copy.copy(p); r = copy.deepcopy(p); p.items.append(2)
print(q, r, q.items is p.items)
class C:
    def __init__(self): self.log = []
    def __copy__(self): print('custom copy'); return C()
    def __deepcopy__(self, memo): print('custom deepcopy'); return C()
copy.copy(C()); copy.deepcopy(C())
rec = [1]; rec.append(rec); dr = copy.deepcopy(rec); print(dr[1] is dr, dr[0])
t = (1, [2]); print(copy.deepcopy(t) == t, copy.copy(t) is t, copy.deepcopy((1, 2)) == (1, 2), copy.copy({1, 2}), copy.deepcopy({'a': {1: (2, [3])}}), copy.copy(5), copy.copy('s'))
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
from collections import OrderedDict, namedtuple, defaultdict
Pt = namedtuple('Pt', 'x y')
print(copy.deepcopy(Pt(1, [2])), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, a=[1])))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.neg(3), operator.pos(-2), operator.abs(-4), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2), operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2), operator.index(7), operator.getitem([1, 2], 1), operator.length_hint([1, 2]))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.imul([0], 2))
ig = operator.itemgetter(1); ig2 = operator.itemgetter(0, 2); ag = operator.attrgetter('real'); ag2 = operator.attrgetter('real', 'imag'); mc = operator.methodcaller('split', ',')
print(ig('abc'), ig2('abc'), ag(5), ag2(5), mc('a,b'), operator.methodcaller('replace', 'a', 'b')('aa'), operator.itemgetter('k')({'k': 1}), repr(ig), repr(ig2), repr(ag), repr(mc), repr(operator.methodcaller('f', 1, x=2)))
class N:
    class Inner: val = 5
    inner = Inner()
print(operator.attrgetter('inner.val')(N()), sorted(['bb', 'a', 'ccc'], key=operator.methodcaller('__len__')), list(map(operator.itemgetter(0), [(1, 2), (3, 4)])))
for bad in [lambda: operator.itemgetter(5)([1]), lambda: operator.attrgetter('zz')(1), lambda: operator.add(1, 'a'), lambda: operator.index(1.5), lambda: operator.itemgetter(), lambda: operator.attrgetter(1)]:
    try:
        print(bad())
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
