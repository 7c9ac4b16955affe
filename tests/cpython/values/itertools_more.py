import itertools as it
import operator
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate('abc')))
print(list(it.batched('abcdefg', 3)) if hasattr(it, 'batched') else 'no batched')
print(list(it.chain.from_iterable([[1], (2, 3), 'ab', range(2)])), list(it.compress(range(10), it.cycle([1, 0, 0]))))
print(list(it.islice(it.count(0, 0.1), 4)), list(it.islice(it.count(-1, -2), 3)), list(it.islice(it.count(10**20), 2)))
print(list(it.starmap(lambda *a: sum(a), [(1,), (2, 3), ()])), list(it.takewhile(bool, [1, 2, 0, 3])), list(it.dropwhile(bool, [1, 0, 2])))
print(list(it.zip_longest([1, 2], 'abc', [True], fillvalue=None)), list(it.zip_longest()), list(it.product('ab', 'cd', repeat=1)))
print(len(list(it.product(range(3), repeat=4))), list(it.permutations([1, 2, 3], 0)), list(it.combinations([], 0)), list(it.combinations_with_replacement([1, 2, 3], 0)))
print(list(it.islice(it.repeat(None), 3)), list(it.repeat(1, -5)), list(it.repeat(1, 0)))
groups = it.groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0]), key=lambda s: s[0])
print({k: list(v) for k, v in groups})
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
print([(k, [x[1] for x in g]) for k, g in it.groupby(data, key=operator.itemgetter(0))])
t1, t2, t3 = it.tee(iter(range(4)), 3)
print(next(t1), list(t2), list(t1), list(t3))
it1 = it.islice(range(100), 5, 50, 10)
print(list(it1), list(it.islice(iter([1, 2, 3]), 1)), list(it.islice('abc', 1, None, 2)))
c = it.count(5)
print(next(c), next(c), repr(c), repr(it.count(2.5, 0.5)), repr(it.count(1, 1)), repr(it.count(0, 2)))
for bad in [lambda: it.islice([1], 'a'), lambda: it.islice([1], 1, 2, 0), lambda: it.combinations('ab', -1), lambda: it.tee([1], -1), lambda: list(it.starmap(len, [1])), lambda: it.cycle(), lambda: it.accumulate(5), lambda: list(it.zip_longest(1))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
pw = it.pairwise(range(5))
print(list(pw), list(it.pairwise([])), sum(1 for _ in it.permutations(range(6), 3)), next(it.combinations(range(10**3), 3)))
def take(n, iterable):
    return list(it.islice(iterable, n))
def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    num_active = len(iterables)
    while num_active:
        try:
            for n in nexts:
                yield n()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
print(take(3, it.count()), list(flatten([[1, 2], [3]])), list(roundrobin('ABC', 'D', 'EF')))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
