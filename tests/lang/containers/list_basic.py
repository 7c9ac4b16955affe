# list: repr, indexing, slicing, slice assignment, methods and their errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

a = [1, 2, 'a', None, 2.5, (1,), [3]]
print(a)  # expect: [1, 2, 'a', None, 2.5, (1,), [3]]
print([])  # expect: []
b = [1, 2]
b.append(b)
print(b)  # expect: [1, 2, [...]]
print(len(a), a[0], a[-1], a[2])  # expect: 7 1 [3] a
show(lambda: a[7])  # expect: IndexError: list index out of range
show(lambda: a[-8])  # expect: IndexError: list index out of range
show(lambda: a["x"])  # expect: TypeError: list indices must be integers or slices, not str
show(lambda: a[1.0])  # expect: TypeError: list indices must be integers or slices, not float
show(lambda: a[2**70])  # expect: IndexError: cannot fit 'int' into an index-sized integer
x = list(range(10))
print(x[2:5], x[:3], x[7:], x[::2], x[::-1], x[-3:], x[8:2:-2], x[100:], x[-100:2])  # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [0, 2, 4, 6, 8] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [7, 8, 9] [8, 6, 4] [] [0, 1]
print(x[1:9:3], x[::-3], x[5:5], x[9:0:-4])  # expect: [1, 4, 7] [9, 6, 3, 0] [] [9, 5, 1]
y = list(range(6))
y[1:3] = ['a', 'b', 'c', 'd']
print(y)  # expect: [0, 'a', 'b', 'c', 'd', 3, 4, 5]
y[2:5] = []
print(y)  # expect: [0, 'a', 3, 4, 5]
y[:0] = [9, 9]
print(y)  # expect: [9, 9, 0, 'a', 3, 4, 5]
y[::2] = [0, 0, 0, 0]
print(y)  # expect: [0, 9, 0, 'a', 0, 4, 0]
show(lambda: y.__setitem__(slice(None, None, 2), [1, 2]))  # expect: ValueError: attempt to assign sequence of size 2 to extended slice of size 4
show(lambda: y.__setitem__(slice(None, None, 2), 5))  # expect: TypeError: must assign iterable to extended slice
show(lambda: y.__setitem__(slice(0, 1), 5))  # expect: TypeError: can only assign an iterable
z = list(range(10))
del z[::3]
print(z)  # expect: [1, 2, 4, 5, 7, 8]
del z[1:3]
print(z)  # expect: [1, 5, 7, 8]
del z[-1]
print(z)  # expect: [1, 5, 7]
z[0] = 'first'
print(z)  # expect: ['first', 5, 7]
show(lambda: z.__setitem__(10, 1))  # expect: IndexError: list assignment index out of range
show(lambda: z.__delitem__(10))  # expect: IndexError: list assignment index out of range
s = [1, 2, 3]
s[1:2] = s
print(s)  # expect: [1, 1, 2, 3, 3]
s[::-1] = s
print(s)  # expect: [3, 3, 2, 1, 1]
c = [3, 1, 2]
c.insert(0, 'x'); c.insert(-1, 'y'); c.insert(100, 'z'); c.insert(-100, 'w')
print(c)  # expect: ['w', 'x', 3, 1, 'y', 2, 'z']
print(c.pop(), c.pop(0), c.pop(-2), c)  # expect: z w y ['x', 3, 1, 2]
show(lambda: [].pop())  # expect: IndexError: pop from empty list
show(lambda: [1].pop(5))  # expect: IndexError: pop index out of range
show(lambda: [1].pop(1, 2))  # expect: TypeError: pop expected at most 1 argument, got 2
c.remove('x')
print(c)  # expect: [3, 1, 2]
show(lambda: c.remove('nope'))  # expect: ValueError: list.remove(x): x not in list
d = [1, 2, 3, 2, 1]
print(d.index(2), d.index(2, 2), d.index(1, -2), d.count(2), d.count(9))  # expect: 1 3 4 2 0
show(lambda: d.index(7))  # expect: ValueError: 7 is not in list
show(lambda: d.index('a'))  # expect: ValueError: 'a' is not in list
show(lambda: d.index(3, 0, 2))  # expect: ValueError: 3 is not in list
show(lambda: d.index())  # expect: TypeError: index expected at least 1 argument, got 0
show(lambda: d.count())  # expect: TypeError: list.count() takes exactly one argument (0 given)
show(lambda: d.append())  # expect: TypeError: list.append() takes exactly one argument (0 given)
show(lambda: d.insert(1))  # expect: TypeError: insert expected 2 arguments, got 1
d.reverse()
print(d)  # expect: [1, 2, 3, 2, 1]
e = d.copy()
e.clear()
print(e, d)  # expect: [] [1, 2, 3, 2, 1]
d.extend(range(3)); d.extend((7, 8)); d.extend('ab'); d.extend(d[:2])
print(d)  # expect: [1, 2, 3, 2, 1, 0, 1, 2, 7, 8, 'a', 'b', 1, 2]
show(lambda: d.extend(5))  # expect: TypeError: 'int' object is not iterable
print([1, 2] + [3], [1] * 3, 3 * [0], [1, 2] * 0, [1] * -1)  # expect: [1, 2, 3] [1, 1, 1] [0, 0, 0] [] []
show(lambda: [1] + (1,))  # expect: TypeError: can only concatenate list (not "tuple") to list
show(lambda: [1] * 2.0)  # expect: TypeError: can't multiply sequence by non-int of type 'float'
show(lambda: 2.0 * [1])  # expect: TypeError: can't multiply sequence by non-int of type 'float'
show(lambda: [1] * 'a')  # expect: TypeError: can't multiply sequence by non-int of type 'str'
f = [1]
g = f
f += (2, 3)
f *= 2
print(f, g is f)  # expect: [1, 2, 3, 1, 2, 3] True
show(lambda: [] + None)  # expect: TypeError: can only concatenate list (not "NoneType") to list
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [] >= [])  # expect: True True True True True True True
show(lambda: [1, 2] < [1, 'a'])  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
print([1, 2] == [1, 'a'], [1] == (1,))  # expect: False False
show(lambda: [1] < (1,))  # expect: TypeError: '<' not supported between instances of 'list' and 'tuple'
show(lambda: hash([]))  # expect: TypeError: unhashable type: 'list'
print(list('abc'), list((1, 2)), list({'k': 1}), list(range(3)), list())  # expect: ['a', 'b', 'c'] [1, 2] ['k'] [0, 1, 2] []
show(lambda: list(1, 2))  # expect: TypeError: list expected at most 1 argument, got 2
show(lambda: list(x=1))  # expect: TypeError: list() takes no keyword arguments
show(lambda: list(5))  # expect: TypeError: 'int' object is not iterable
print(3 in [1, 2, 3], 'a' in [1], [1] in [[1]])  # expect: True False True
print(list.__hash__, [].__class__.__name__)  # expect: None list
r = reversed([1, 2, 3])
print(type(r).__name__, list(r))  # expect: list_reverseiterator [3, 2, 1]
it = iter([1, 2, 3])
print(type(it).__name__, next(it), list(it), list(it))  # expect: list_iterator 1 [2, 3] []
m = [1, 2, 3]
out = []
for v in m:
    out.append(v)
    if len(m) < 6:
        m.append(v * 10)
print(out)  # expect: [1, 2, 3, 10, 20, 30]
print(list[int], list[int] == list[int])  # expect: list[int] True
