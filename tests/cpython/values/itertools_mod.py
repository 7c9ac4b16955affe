import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2), 3)), list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([])))
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.islice('abcdefg', 2, None)), list(it.islice('abcdefg', 0, 6, 2)), list(it.islice('abc', None)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3]); print(list(a), list(b))
print(list(it.zip_longest('abc', 'x')), list(it.zip_longest('ab', [1], fillvalue='-')), list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'xy')), list(it.product()), list(it.product([])))
print(list(it.permutations('abc', 2)), list(it.permutations(range(3))), len(list(it.permutations(range(5)))))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations_with_replacement('ab', 2)))
print(next(it.count()), it.count(5), it.repeat(1, 2), it.count(1.0, 0.5), repr(it.repeat('a')))
try:
    it.islice('abc', -1)
except ValueError as e:
    print(e)
try:
    list(it.permutations('a', -1))
except ValueError as e:
    print(e)
try:
    it.chain(1)
    list(it.chain(1))
except TypeError as e:
    print(e)
try:
    it.repeat()
except TypeError as e:
    print(e)
try:
    list(it.product('a', repeat=-1))
except ValueError as e:
    print(e)
try:
    list(it.batched('abc', 0)) if hasattr(it, 'batched') else None
except ValueError as e:
    print(e)
g = it.groupby([1, 1, 2])
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
