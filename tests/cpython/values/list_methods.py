a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.insert(0, 0); a.insert(100, 7); a.insert(-1, 8); a.insert(-100, -1)
print(a, a.count(1), a.index(4), a.index(1, 4), len(a))
a.remove(1); print(a.pop(), a.pop(0), a.pop(-2), a)
a.extend(range(2)); a.extend('ab'); a += (9,)
print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(b, a[:3])
del a[1:4]; print(a)
a[1:1] = [100, 200]; print(a)
a[-1:] = []; print(a, a * 2 if len(a) < 5 else a[:2] * 2, [0] * 3, [[]] * 2)
nested = [[0] * 2] * 2; nested[0][0] = 1; print(nested)
print([1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, 'a'] == [1, 'a'], [2] > [1, 5])
print(list(), list('abc'), list((1, 2)), list({1: 2}), list(range(3)), list(x * x for x in range(4)), [*'ab', *[1]])
x = [1, 2, 3]; y = x; y += [4]; print(x, x is y)
y = y + [5]; print(x, y)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1, 2][5], lambda: [1] + (2,), lambda: [1] * 'a', lambda: [1, 2].index(1, 1), lambda: [].insert('a', 1), lambda: [1, 'a'].sort(), lambda: [[1], 1] < [[1], 'a'], lambda: list(5), lambda: [1][len]]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
def f():
    l = [1, 2, 3]
    l[5] = 1
try:
    f()
except IndexError as e:
    print(e)
try:
    del [1][3]
except IndexError as e:
    print(e)
l = [1, 2, 3, 4, 5]
print(l[::-1], l[1::2], l[-2:], l[:-2], l[10:20], l[::-2], l[3:1:-1])
l[::2] = 'abc'; print(l)
l2 = [5, 3, 8]; print(sorted(l2), l2, l2.sort(), l2, sorted(l2, reverse=True))
print(max([1, 5, 3]), min([4, 2]), sum([1.5, 2]), 3 in [1, 2, 3], 'a' not in ['b'], [1, [2]].__contains__([2]))
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, '', 'a', None])), [i for i in range(10) if i % 3 == 0])
m = [[1, 2], [3, 4]]
print([row[i] for row in m for i in range(2)], list(zip(*m)), [list(r) for r in zip(*m)])
print(a.__len__(), [1, 2, 3].__getitem__(slice(1, None)), [0].__mul__(3), [1].__eq__([1]), [1].__eq__(1))
