# range and slice objects.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

print(range(10), range(1, 10), range(0, 10, 2), range(5, -5, -3), range(0))  # expect: range(0, 10) range(1, 10) range(0, 10, 2) range(5, -5, -3) range(0, 0)
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))  # expect: [0, 1, 2, 3, 4] [2, 5] [5, 3, 1] [] []
r = range(2, 20, 3)
print(len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)  # expect: 6 2 17 8 2 20 3
print(r[1:4], r[::-1], r[::2], r[10:], range(10)[::-1], range(0, 10, 3)[1:], range(10)[-3:])  # expect: range(5, 14, 3) range(17, -1, -3) range(2, 20, 6) range(20, 20, 3) range(9, -1, -1) range(3, 12, 3) range(7, 10)
show(lambda: r[100])  # expect: IndexError: range object index out of range
show(lambda: r[-100])  # expect: IndexError: range object index out of range
show(lambda: r['a'])  # expect: TypeError: range indices must be integers or slices, not str
show(lambda: range(10)[2**70])  # expect: IndexError: range object index out of range
print(5 in r, 6 in r, 20 in r, 2 in r, 5.0 in r, 'a' in r, True in range(2))  # expect: True False False True True False True
print(r.index(5), r.count(5), r.count(6), range(3).index(1.0), range(3).count(1.0))  # expect: 1 1 0 1 1
show(lambda: r.index(6))  # expect: ValueError: 6 is not in range
show(lambda: range(3).index('a'))  # expect: ValueError: sequence.index(x): x not in sequence
show(lambda: range())  # expect: TypeError: range expected at least 1 argument, got 0
show(lambda: range(1, 2, 3, 4))  # expect: TypeError: range expected at most 3 arguments, got 4
show(lambda: range(1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
show(lambda: range('a'))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: range(1, 2, 0))  # expect: ValueError: range() arg 3 must not be zero
show(lambda: range(x=1))  # expect: TypeError: range() takes no keyword arguments
print(range(0) == range(5, 2), range(3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))  # expect: True True True True
print(hash(range(0)) == hash(range(4, 1)), hash(range(3)) == hash(range(0, 3)), hash(range(3)))  # expect: True True -8338477496398685190
show(lambda: range(3) < range(4))  # expect: TypeError: '<' not supported between instances of 'range' and 'range'
print(bool(range(0)), bool(range(1)), list(reversed(range(1, 10, 4))), list(reversed(range(0))))  # expect: False True [9, 5, 1] []
print(sum(range(100000)), len(range(-10**15, 10**15, 7)))  # expect: 4999950000 285714285714286
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__)  # expect: range_iterator range_iterator
it = iter(range(3))
print(next(it), list(it), list(it))  # expect: 0 [1, 2] []
print(slice(3), slice(1, 2), slice(1, 2, 3), slice(None), slice('a', [1], None))  # expect: slice(None, 3, None) slice(1, 2, None) slice(1, 2, 3) slice(None, None, None) slice('a', [1], None)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))  # expect: 1 10 2 (1, 5, 2) (3, -1, -1) (0, 10, 1)
show(lambda: slice())  # expect: TypeError: slice expected at least 1 argument, got 0
show(lambda: slice(1, 2, 3, 4))  # expect: TypeError: slice expected at most 3 arguments, got 4
show(lambda: slice(1).indices(-1))  # expect: ValueError: length should not be negative
show(lambda: slice(1, 2, 0).indices(5))  # expect: ValueError: slice step cannot be zero
show(lambda: slice('a').indices(5))  # expect: TypeError: slice indices must be integers or None or have an __index__ method
show(lambda: hash(slice(1)))  # expect: TypeError: unhashable type: 'slice'
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1) != slice(2))  # expect: True True True
show(lambda: [1, 2, 3]['a':])  # expect: TypeError: slice indices must be integers or None or have an __index__ method
show(lambda: [1, 2, 3][::0])  # expect: ValueError: slice step cannot be zero
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], [0, 1, 2, 3][Idx():], range(10)[Idx()], (5, 6, 7)[Idx()], list(range(Idx())))  # expect: 2 [2, 3] 2 7 [0, 1]
print('abcdef'[1:5:2], [1, 2, 3][-10:10], [1, 2, 3][10**30:], [1, 2, 3][:-10**30])  # expect: bd [1, 2, 3] [] []
