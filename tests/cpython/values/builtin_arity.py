import math, itertools, functools, operator, collections
calls = [
    lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: abs(1, 2), lambda: divmod(1), lambda: pow(1), lambda: pow(1, 2, 3, 4), lambda: round(), lambda: sorted(),
    lambda: min(), lambda: max(key=len), lambda: sum(), lambda: sum([1], 2, 3), lambda: isinstance(1), lambda: issubclass(int),
    lambda: getattr(1), lambda: getattr(1, 'x', 2, 3), lambda: setattr(1, 'x'), lambda: hasattr(1), lambda: delattr(1), lambda: chr(), lambda: ord(), lambda: hex(), lambda: hex(1.5),
    lambda: oct('x'), lambda: bin(None), lambda: iter(), lambda: next(), lambda: next(iter([]), 1, 2), lambda: repr(), lambda: ascii(), lambda: hash(), lambda: id(),
    lambda: callable(), lambda: vars(1, 2), lambda: dir(1, 2), lambda: zip(1), lambda: map(len), lambda: filter(len), lambda: enumerate(), lambda: enumerate([], 1, 2), lambda: reversed(),
    lambda: range(1, 2, 3, 4), lambda: list(1, 2), lambda: tuple(1, 2), lambda: dict(1, 2), lambda: set(1, 2), lambda: frozenset(1, 2), lambda: str(1, 2, 3, 4), lambda: int(1, 2, 3),
    lambda: float(1, 2), lambda: bool(1, 2), lambda: bytes(1, 2, 3, 4), lambda: bytearray('x'), lambda: object(1), lambda: type(1, 2), lambda: slice(), lambda: any(), lambda: all(1, 2),
    lambda: 'abc'.split(1), lambda: 'x'.encode(1),
    lambda: [].append(), lambda: [].append(1, 2), lambda: [].insert(1), lambda: [].index(), lambda: [].sort(1), lambda: [].pop(1, 2), lambda: {}.get(), lambda: {}.pop(), lambda: {}.update(1, 2),
    lambda: {}.setdefault(), lambda: set().add(), lambda: (1,).index(), lambda: (1,).count(),
    lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.floor('a'), lambda: math.gcd('a'), lambda: itertools.islice(), lambda: itertools.count('a'),
    lambda: functools.reduce(), lambda: functools.partial(), lambda: operator.add(1), lambda: collections.Counter(1, 2), lambda: print(sep=1), lambda: print(end=2),
    lambda: input(1, 2), lambda: open(), lambda: max(1, 2, key=1), lambda: sorted([3, 1], key=5), lambda: list(map(5, [1])), lambda: list(filter(5, [1])),
]
for c in calls:
    try:
        r = c()
        print('ok', r if not hasattr(r, '__next__') else type(r).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
