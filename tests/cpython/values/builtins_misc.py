import sys, io
print('a', 'b', sep='-', end='!\n')
print('x', 1, None, sep='')
print(*[1, 2, 3], sep=', ')
print()
print('no newline', end='')
print(' continued')
print('to stdout', file=sys.stdout)
buf = io.StringIO()
print('into', 'buffer', file=buf, sep='|')
print(repr(buf.getvalue()))
print('flush', flush=True)
print(sep=None, end=None)
print('a', None, sep=None)
try:
    print('x', sep=5)
except TypeError as e:
    print(e)
try:
    print('x', end=[])
except TypeError as e:
    print(e)
try:
    print('x', foo=1)
except TypeError as e:
    print(e)
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10**20), divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), pow(2, 10), pow(2, 0.5), pow(3, 4, 5), pow(-3, 3, 5))
print(hex(255), hex(-1), oct(8), bin(5), bin(-5), hex(0), chr(97), ord('a'), bin(True))
print(all([]), any([]), all([1, 0]), any([0, 1]), all(x > 0 for x in [1, 2]), any(iter([0, 0])))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=1), sum([1.5, 2.5]), sum(x for x in []))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
try:
    sum([[1]], 0)
except TypeError as e:
    print(e)
print(min(3, 1, 2), max('abc'), min([4, 5], default=0), min([], default='empty'), max([1, 3, 2], key=lambda x: -x), max('a', 'bb', 'c', key=len), min((2, 'b'), (2, 'a')))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0), lambda: max([], key=len), lambda: min([1, 'a']), lambda: max(1, 2, foo=3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])), list(zip(*[(1, 'a'), (2, 'b')])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(e)
print(list(zip('ab', 'cd', strict=True)), list(enumerate('abc')), list(enumerate('ab', start=10)), list(enumerate([], 5)))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'ab')), list(filter(lambda x: x > 1, [1, 2, 3])), list(map(lambda *a: a, 'ab', 'xyz')))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(callable(len), callable(5), callable(int), callable(lambda: 0), len([1, 2]), len('héllo'), len({1: 2}), len(range(3)))
try:
    len(5)
except TypeError as e:
    print(e)
class L:
    def __len__(self): return 'x'
try:
    len(L())
except TypeError as e:
    print(e)
print(type(5), type('a'), type(None), type(type), type(print), isinstance(True, int), isinstance(1, (str, int)), issubclass(bool, int), issubclass(int, (str, object)))
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(isinstance(1, (str, (float, int))), issubclass(bool, (list, (int,))), isinstance([], list | None) if sys.version_info >= (3, 10) else True)
print(repr(eval('1 + 2')), eval('x * 2', {'x': 5}), exec('y = 3') is None, eval('[i for i in range(3)]'))
print(round(7.5), hash(3) == hash(3.0) == hash(True * 3), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)), hash(None) is not None)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(list(reversed('abc')), list(reversed((1, 2))), sorted(reversed({1: 'a', 2: 'b'})))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(5)
except TypeError as e:
    print(e)
