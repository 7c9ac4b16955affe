r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:3], r[::-1], r[::2], 9 in r, 10 in r, r.index(9), r.count(9), list(r))
print(range(10)[::-3], range(5)[10:], range(-5), list(range(-5)), range(3) == range(0, 3), range(0) == range(5, 1), range(1, 2) == range(1, 3, 5))
print(list(range(10, 0, -3)), len(range(10**18)), range(10**18)[-1], 10**17 in range(10**18), hash(range(3)) == hash(range(0, 3, 1)))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)), max(range(5)), min(range(3, 8)))
print(range(5).start, range(5).stop, range(1, 9, 2).step, bool(range(0)), bool(range(1)))
try:
    range(0, 10, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    range(3).index(7)
except ValueError as e:
    print(e)
try:
    range('a', 3)
except TypeError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(5).indices(3))
print([0, 1, 2, 3, 4, 5][s], 'abcdefgh'[slice(2, None)], (1, 2, 3)[slice(None, None, -1)], slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
l = list(range(10))
l[2:5] = ['a']
print(l)
l[::2] = [0] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
del l[::3]
print(l, l[100:], l[-100:2], l[5:1], l[1:-1])
class S:
    def __getitem__(self, i): return i
x = S()
print(x[1:2], x[::], x[1:2, 3], x[...], x[:, None])
