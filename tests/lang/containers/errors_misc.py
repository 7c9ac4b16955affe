# Error messages of container methods and operators.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
s = {1}
def ior(): 
    global s; s |= [1]
show(ior)  # expect: TypeError: unsupported operand type(s) for |=: 'set' and 'list'
def iand():
    x = {1}; x &= 'a'
show(iand)  # expect: TypeError: unsupported operand type(s) for &=: 'set' and 'str'
show(lambda: {1} - [1])  # expect: TypeError: unsupported operand type(s) for -: 'set' and 'list'
show(lambda: [1] - {1})  # expect: TypeError: unsupported operand type(s) for -: 'list' and 'set'
show(lambda: {1: 2}.keys() + 1)  # expect: TypeError: unsupported operand type(s) for +: 'dict_keys' and 'int'
show(lambda: frozenset() | 1)  # expect: TypeError: unsupported operand type(s) for |: 'frozenset' and 'int'
show(lambda: {1}.union(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: {1}.intersection(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: {1}.issubset(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: {1}.issuperset(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: {1}.isdisjoint(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: {1}.symmetric_difference())  # expect: TypeError: set.symmetric_difference() takes exactly one argument (0 given)
show(lambda: {1}.add())  # expect: TypeError: set.add() takes exactly one argument (0 given)
show(lambda: {1}.pop(1))  # expect: TypeError: set.pop() takes no arguments (1 given)
show(lambda: {1}.update(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: {1}.difference_update([[]]))  # expect: TypeError: unhashable type: 'list'
show(lambda: [] in {1})  # expect: TypeError: unhashable type: 'list'
show(lambda: {1}.discard([]))  # expect: TypeError: unhashable type: 'list'
show(lambda: {}.keys() & 1)  # expect: TypeError: 'int' object is not iterable
show(lambda: {}.items() | 1)  # expect: TypeError: 'int' object is not iterable
show(lambda: {}.fromkeys(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: {}.setdefault([], 1))  # expect: TypeError: unhashable type: 'list'
show(lambda: {}.pop([]))  # expect: KeyError: []
show(lambda: {}.get([]))  # expect: TypeError: unhashable type: 'list'
show(lambda: [] in {})  # expect: TypeError: unhashable type: 'list'
show(lambda: {}.update([(1, 2), 3]))  # expect: TypeError: cannot convert dictionary update sequence element #1 to a sequence
show(lambda: dict(1))  # expect: TypeError: 'int' object is not iterable
show(lambda: dict([(1, 2)], **{'a': 1}))  # expect: {1: 2, 'a': 1}
show(lambda: dict(**{'a': 1}))  # expect: {'a': 1}
show(lambda: [].sort(key=len, reverse=True, x=1))  # expect: TypeError: sort() takes at most 2 keyword arguments (3 given)
show(lambda: list(range(3)).index(1, 0, 'x'))  # expect: TypeError: slice indices must be integers or have an __index__ method
show(lambda: (1, 2).index())  # expect: TypeError: index expected at least 1 argument, got 0
show(lambda: (1, 2).count())  # expect: TypeError: tuple.count() takes exactly one argument (0 given)
show(lambda: range(3).index())  # expect: TypeError: range.index() takes exactly one argument (0 given)
show(lambda: range(3).count())  # expect: TypeError: range.count() takes exactly one argument (0 given)
show(lambda: slice(1).indices())  # expect: TypeError: slice.indices() takes exactly one argument (0 given)
show(lambda: slice(1).indices('a'))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: [1, 2, 3][1:2:'a'])  # expect: TypeError: slice indices must be integers or None or have an __index__ method
show(lambda: (1, 2)[::0])  # expect: ValueError: slice step cannot be zero
show(lambda: range(5)[::0])  # expect: ValueError: slice step cannot be zero
show(lambda: 'abc'[::0])  # expect: ValueError: slice step cannot be zero
show(lambda: reversed([], []))  # expect: TypeError: reversed expected 1 argument, got 2
show(lambda: enumerate([], 0, 1))  # expect: TypeError: enumerate() takes at most 2 arguments (3 given)
show(lambda: enumerate(iterable=[], start='a'))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: list(enumerate(iterable=[1], start=3)))  # expect: [(3, 1)]
show(lambda: map())  # expect: TypeError: map() must have at least two arguments.
show(lambda: filter())  # expect: TypeError: filter expected 2 arguments, got 0
show(lambda: filter(None, 1))  # expect: TypeError: 'int' object is not iterable
show(lambda: iter(1, 2))  # expect: TypeError: iter(v, w): v must be callable
show(lambda: list(map(None, [1])))  # expect: TypeError: 'NoneType' object is not callable
show(lambda: list(filter(len, [1])))  # expect: TypeError: object of type 'int' has no len()
show(lambda: list(zip(strict=True)))  # expect: []
show(lambda: frozenset().add)  # expect: AttributeError: 'frozenset' object has no attribute 'add'
show(lambda: hash(frozenset([[]])))  # expect: TypeError: unhashable type: 'list'
show(lambda: {{}: 1})  # expect: TypeError: unhashable type: 'dict'
show(lambda: {1: 2} < {1: 2})  # expect: TypeError: '<' not supported between instances of 'dict' and 'dict'
show(lambda: {1} < {1: 2}.keys())  # expect: False
show(lambda: {1: 2}.keys() < {1})  # expect: False
show(lambda: {1: 2}.values() < {1})  # expect: TypeError: '<' not supported between instances of 'dict_values' and 'set'
