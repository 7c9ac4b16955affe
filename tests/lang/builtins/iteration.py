# iter (one and two arguments), next with a default, all/any, sorted, reversed, enumerate, zip, map, filter.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))  # expect: 1 2 done
try:
    next(it)
except StopIteration:
    print("StopIteration")  # expect: StopIteration
calls = [3, 2, 1, 0, 5]
print(list(iter(lambda: calls.pop(0), 0)))  # expect: [3, 2, 1]
print(all([1, True, "x"]), all([1, 0]), any([0, "", None]), any([0, 2]), all([]), any([]))  # expect: True False False True True False
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([-3, 1, 2], key=abs))  # expect: [1, 2, 3] ['c', 'b', 'a'] [1, 2, -3]
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))  # expect: [('b', 1), ('a', 2)]
print(list(reversed([1, 2, 3])), list(enumerate("ab", start=1)), list(zip("ab", [1, 2, 3])))  # expect: [3, 2, 1] [(1, 'a'), (2, 'b')] [('a', 1), ('b', 2)]
print(list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, "", "x"])))  # expect: [11, 22] [1, 'x']
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))  # expect: [2, 1, 0] 6 4
try:
    next([1])
except TypeError as e:
    print(e)  # expect: 'list' object is not an iterator
try:
    iter(5)
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
try:
    sorted([1], 2)
except TypeError as e:
    print(e)  # expect: sorted expected 1 argument, got 2
