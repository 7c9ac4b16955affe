# tuple: repr, hash (CPython-identical for ints/strs-free data), compare, ops, methods.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

print((), (1,), (1, 2), ((1,), (), [2]), ('a', None, 1.5))  # expect: () (1,) (1, 2) ((1,), (), [2]) ('a', None, 1.5)
t = (1, 2, 3, 4, 5)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], t[:])  # expect: 1 5 (2, 3) (5, 4, 3, 2, 1) (1, 3, 5) () (1, 2, 3, 4, 5)
show(lambda: t[5])  # expect: IndexError: tuple index out of range
show(lambda: t['a'])  # expect: TypeError: tuple indices must be integers or slices, not str
show(lambda: t[1.0])  # expect: TypeError: tuple indices must be integers or slices, not float
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((None,)) == hash((None,)))  # expect: 5740354900026072187 -6644214454873602895 -3550055125485641917 7267574591690527098 8078679518589016365 True
print(hash((2**61, 2**70, -2**65)), hash((True, False, 0.5)))  # expect: -8107733689238231915 -2262248969491125424
print(hash((1, 2)) == hash((1.0, 2)), {(1, 2): 'x'}[(1, 2)])  # expect: True x
show(lambda: hash((1, [2])))  # expect: TypeError: unhashable type: 'list'
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), (1,) != (1,), () < (0,), (1, 2) >= (1, 2))  # expect: True True True True False True True
show(lambda: (1, 'a') < (1, 2))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
print((1,) == [1], (1, 'a') == (1, 2))  # expect: False False
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), (1, 2) * 0, () * 5)  # expect: (1, 2, 3) (1, 1, 1) (0, 1, 0, 1) () ()
show(lambda: (1,) + [1])  # expect: TypeError: can only concatenate tuple (not "list") to tuple
show(lambda: (1,) * 1.5)  # expect: TypeError: can't multiply sequence by non-int of type 'float'
show(lambda: (1,) + 'a')  # expect: TypeError: can only concatenate tuple (not "str") to tuple
print(t.index(3), t.count(3), (1, 1, 2).count(1), t.index(5, -2))  # expect: 2 1 2 4
show(lambda: t.index(9))  # expect: ValueError: tuple.index(x): x not in tuple
show(lambda: t.index(1, 1))  # expect: ValueError: tuple.index(x): x not in tuple
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}))  # expect: () (1, 2) ('a', 'b') (0, 1, 2) (1,)
u = (1, 2)
print(tuple(u) is u, u[:] is u)  # expect: True True
show(lambda: tuple(1, 2))  # expect: TypeError: tuple expected at most 1 argument, got 2
show(lambda: tuple(x=1))  # expect: TypeError: tuple() takes no keyword arguments
show(lambda: tuple(5))  # expect: TypeError: 'int' object is not iterable
print(1 in t, 9 in t, (1,) in [(1,)])  # expect: True False True
l = []
v = (l,)
l.append(v)
print(v)  # expect: ([(...)],)
x, y, *z = (1, 2, 3, 4)
print(x, y, z)  # expect: 1 2 [3, 4]
it = iter((1, 2))
print(type(it).__name__, list(it))  # expect: tuple_iterator [1, 2]
print(tuple[int, str], tuple[()], tuple[int, ...])  # expect: tuple[int, str] tuple[()] tuple[int, ...]
class P(tuple):
    pass
p = P((1, 2))
print(p, type(p).__name__, p + (3,), isinstance(p, tuple), len(p))  # expect: (1, 2) P (1, 2, 3) True 2
p.extra = 5
print(p.extra)  # expect: 5
print(len(()), bool(()), bool((0,)))  # expect: 0 False True
