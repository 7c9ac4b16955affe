# __class_getitem__ and the generic alias behind list[int].
print(list[int], dict[str, int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[int]])  # expect: list[int] dict[str, int] dict[str, list[int]] tuple[int, ...] tuple[()] set[frozenset[int]]
a = list[int]
print(a.__origin__ is list, a.__args__, a.__parameters__, a([1, 2]), a == list[int], a == list[str])  # expect: True (<class 'int'>,) () [1, 2] True False
print(type(a).__name__, hash(a) == hash(list[int]))  # expect: GenericAlias True
print(dict[str, None], list['X'], list[[int, str]])  # expect: dict[str, None] list['X'] list[[<class 'int'>, <class 'str'>]]
class Mine:
    pass
print(list[Mine])  # expect: list[__main__.Mine]
def f(x: list[int], y: dict[str, int] = {}) -> tuple[int, str]:
    return (1, 'a')
print(f([1]))  # expect: (1, 'a')
print(list[int].__name__, list[int].append is list.append)  # expect: list True
print(enumerate[int])  # expect: enumerate[int]
