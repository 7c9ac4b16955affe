# None, NotImplemented, Ellipsis and their types; types.UnionType (X | Y).
print(None, repr(None), str(None), None.__class__, type(None).__name__, bool(None), None.__bool__())  # expect: None None None <class 'NoneType'> NoneType False False
print(NotImplemented, type(NotImplemented), Ellipsis, ..., type(...), ... is Ellipsis)  # expect: NotImplemented <class 'NotImplementedType'> Ellipsis Ellipsis <class 'ellipsis'> True
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)  # expect: True True True
for t in [type(None), type(NotImplemented), type(...)]:
    try: t(1)
    except TypeError as e: print(e)
# expect: NoneType takes no arguments
# expect: NotImplementedType takes no arguments
# expect: EllipsisType takes no arguments
print(hash(None) == hash(None), {None: 1}[None], Ellipsis.__reduce__(), NotImplemented.__reduce__())  # expect: True 1 Ellipsis NotImplemented
try:
    class N(type(None)): pass
except TypeError as e: print(e)
# expect: type 'NoneType' is not an acceptable base type
u = int | str
print(u, type(u), type(u).__name__, u.__args__, int | None, None | int, int | str | int, int | int)  # expect: int | str <class 'types.UnionType'> UnionType (<class 'int'>, <class 'str'>) int | None None | int int | str <class 'int'>
print(u == (str | int), u == (int | float), hash(u) == hash(str | int))  # expect: True False True
print(isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))  # expect: True False True True
print(isinstance(3, (float, int | str)), (int | str).__parameters__)  # expect: True ()
try: int | 1
except TypeError as e: print(e)
# expect: unsupported operand type(s) for |: 'type' and 'int'
try: 1 | int
except TypeError as e: print(e)
# expect: unsupported operand type(s) for |: 'int' and 'type'
class C: pass
print(C | None, int | C)  # expect: __main__.C | None int | __main__.C
