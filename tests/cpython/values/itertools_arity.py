import itertools as it
for f in [it.cycle, it.pairwise, it.chain.from_iterable, it.tee, it.count, it.repeat, it.islice, it.accumulate, it.compress, it.dropwhile, it.takewhile, it.filterfalse, it.starmap, it.groupby, it.product, it.permutations, it.combinations, it.combinations_with_replacement, it.zip_longest, it.chain]:
    for args in [(), (1, 2, 3, 4, 5)]:
        try:
            f(*args)
            print(f.__name__, 'ok')
        except TypeError as e:
            print(f.__name__, e)
