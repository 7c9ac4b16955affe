# Every itertools function, small cases.
import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(1, 3)))  # expect: [5, 7, 9, 11] ['a', 'b', 'a', 'b', 'a'] [1, 1, 1]
print(list(it.chain([1], [2, 3])), list(it.chain.from_iterable([[1], [2]])), list(it.accumulate([1, 2, 3])))  # expect: [1, 2, 3] [1, 2] [1, 3, 6]
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([3, 1, 2], max)))  # expect: [10, 11, 13, 16] [3, 3, 3]
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))  # expect: [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')] [(1, 'x'), (2, 'x')]
print(list(it.permutations([1, 2, 3], 2)), len(list(it.permutations(range(5)))))  # expect: [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)] 120
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))  # expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')] [('a', 'a'), ('a', 'b'), ('b', 'b')]
print([(k, list(g)) for k, g in it.groupby("aabbbc")], [k for k, g in it.groupby([1, 1, 2, 3, 3])])  # expect: [('a', ['a', 'a']), ('b', ['b', 'b', 'b']), ('c', ['c'])] [1, 2, 3]
print([(k, len(list(g))) for k, g in it.groupby(["apple", "avocado", "banana"], key=lambda s: s[0])])  # expect: [('a', 2), ('b', 1)]
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))  # expect: [1, 2] [3, 1]
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.filterfalse(None, [0, 1, 0, 2])))  # expect: [8, 9] [0, 0]
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.pairwise("abcd")), list(it.compress("abc", [1, 0, 1])))  # expect: [('a', 'x'), ('b', 'y'), ('-', 'z')] [('a', 'b'), ('b', 'c'), ('c', 'd')] ['a', 'c']
a, b = it.tee([1, 2, 3])
print(list(a), list(b))  # expect: [1, 2, 3] [1, 2, 3]
print(it.count(3), it.count(1, 2), it.repeat("x", 2), list(it.islice("abcdefg", 1, 6, 2)))  # expect: count(3) count(1, 2) repeat('x', 2) ['b', 'd', 'f']
print(list(it.islice(range(10), 3)), list(it.islice(range(10), 8, None)))  # expect: [0, 1, 2] [8, 9]
try:
    it.islice([], -1)
except ValueError as e:
    print(e)  # expect: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
