# getattr/setattr/hasattr/delattr, vars, dir, isinstance/issubclass, callable, id, hash, type.
class P:
    z = 0
    def __init__(self): self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "y", "default"), hasattr(p, "x"), hasattr(p, "y"))  # expect: 1 default True False
setattr(p, "y", 2)
print(p.y, vars(p))  # expect: 2 {'x': 1, 'y': 2}
delattr(p, "y")
print(hasattr(p, "y"), "x" in dir(p), "z" in dir(p), dir(p) == sorted(dir(p)))  # expect: False True True True
print(isinstance(p, P), isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (int,)))  # expect: True True True True
print(isinstance(None, int | None), callable(P), callable(p), callable(len))  # expect: True True False True
print(type(p) is P, type(1), type("s"), type(type))  # expect: True <class 'int'> <class 'str'> <class 'type'>
print(id(p) == id(p), hash(1) == hash(1.0), hash("a") == hash("a"))  # expect: True True True
try:
    getattr(p, 1)
except TypeError as e:
    print(e)  # expect: attribute name must be string, not 'int'
try:
    getattr(p, "missing")
except AttributeError as e:
    print(e)  # expect: 'P' object has no attribute 'missing'
try:
    vars(5)
except TypeError as e:
    print(e)  # expect: vars() argument must have __dict__ attribute
try:
    hash([])
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)  # expect: isinstance() arg 2 must be a type, a tuple of types, or a union
