# The generic object protocol's messages for values that do not support an
# operation, and its fallbacks (identity for ==, sequence iteration, ...).
def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(lambda: 1 + 'a')  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
err(lambda: 'a' - 1)  # expect: TypeError: unsupported operand type(s) for -: 'str' and 'int'
err(lambda: [] * 1.5)  # expect: TypeError: can't multiply sequence by non-int of type 'float'
err(lambda: 1 ** 'a')  # expect: TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'
err(lambda: pow(1, 2, 'a'))  # expect: TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'
err(lambda: None < None)  # expect: TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'
err(lambda: 1 < 'a')  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
err(lambda: [1] > (1,))  # expect: TypeError: '>' not supported between instances of 'list' and 'tuple'
err(lambda: {} <= {})  # expect: TypeError: '<=' not supported between instances of 'dict' and 'dict'
err(lambda: object() >= object())  # expect: TypeError: '>=' not supported between instances of 'object' and 'object'
err(lambda: -'a')  # expect: TypeError: bad operand type for unary -: 'str'
err(lambda: ~1.5)  # expect: TypeError: bad operand type for unary ~: 'float'
err(lambda: +[])  # expect: TypeError: bad operand type for unary +: 'list'
err(lambda: abs('a'))  # expect: TypeError: bad operand type for abs(): 'str'
err(lambda: hash([]))  # expect: TypeError: unhashable type: 'list'
err(lambda: hash({}))  # expect: TypeError: unhashable type: 'dict'
err(lambda: hash(set()))  # expect: TypeError: unhashable type: 'set'
err(lambda: len(1))  # expect: TypeError: object of type 'int' has no len()
err(lambda: len(iter([])))  # expect: TypeError: object of type 'list_iterator' has no len()
one, none, s, tup, lst = 1, None, 'abc', (1,), []
err(lambda: one[0])  # expect: TypeError: 'int' object is not subscriptable
err(lambda: none[0])  # expect: TypeError: 'NoneType' object is not subscriptable
err(lambda: int[0])  # expect: TypeError: type 'int' is not subscriptable
err(lambda: iter(1))  # expect: TypeError: 'int' object is not iterable
err(lambda: next(1))  # expect: TypeError: 'int' object is not an iterator
err(lambda: next([]))  # expect: TypeError: 'list' object is not an iterator
err(lambda: 1 in 1)  # expect: TypeError: argument of type 'int' is not iterable
err(lambda: 1 in None)  # expect: TypeError: argument of type 'NoneType' is not iterable
err(lambda: one())  # expect: TypeError: 'int' object is not callable
err(lambda: s())  # expect: TypeError: 'str' object is not callable
err(lambda: lst[1.0])  # expect: TypeError: list indices must be integers or slices, not float
err(lambda: [][10 ** 20])  # expect: IndexError: cannot fit 'int' into an index-sized integer
err(lambda: tup[None])  # expect: TypeError: tuple indices must be integers or slices, not NoneType
err(lambda: s['x'])  # expect: TypeError: string indices must be integers, not 'str'
def f1():
    t = (1,)
    t[0] = 1
err(f1)  # expect: TypeError: 'tuple' object does not support item assignment
def f2():
    t = (1,)
    del t[0]
err(f2)  # expect: TypeError: 'tuple' object doesn't support item deletion
def f3():
    x = 1
    x += 'a'
err(f3)  # expect: TypeError: unsupported operand type(s) for +=: 'int' and 'str'
def f4():
    x = 1
    x @= 2
err(f4)  # expect: TypeError: unsupported operand type(s) for @=: 'int' and 'int'
o = object()
print(o == o, o != o, o == object(), o is o, None == None, None != 0, [o].count(o))  # expect: True False False True True True 1
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (list, int))), isinstance('s', ()))  # expect: True True True False
err(lambda: isinstance(1, 1))  # expect: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
err(lambda: isinstance(1, (int, 1)))  # expect: ok True
err(lambda: issubclass(1, int))  # expect: TypeError: issubclass() arg 1 must be a class
err(lambda: issubclass(int, 1))  # expect: TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union
err(lambda: issubclass(int, (1,)))  # expect: TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union
print(issubclass(bool, int), issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object), issubclass(object, type))  # expect: True True True True False
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))  # expect: True True True True
print(type.__class__, object.__class__, type(type), type.__base__, type.__bases__, type.__mro__)  # expect: <class 'type'> <class 'type'> <class 'type'> <class 'object'> (<class 'object'>,) (<class 'type'>, <class 'object'>)
