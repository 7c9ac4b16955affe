# Errors of instance creation (argument checks of object.__new__/__init__,
# T.__new__ safety) and of class creation (bases, layouts, namespaces).
class C: pass
try: C(1)
except TypeError as e: print(e)
# expect: C() takes no arguments
try: C(x=1)
except TypeError as e: print(e)
# expect: C() takes no arguments
class C2:
    def __init__(self): pass
try: C2(1)
except TypeError as e: print(e)
# expect: C2.__init__() takes 1 positional argument but 2 were given
class C3:
    def __new__(cls): return object.__new__(cls)
try: C3(1)
except TypeError as e: print(e)
# expect: C3.__new__() takes 1 positional argument but 2 were given
class C4:
    def __new__(cls, *a): return object.__new__(cls)
print(type(C4(1, 2)).__name__)  # expect: C4
class C5:
    def __init__(self, *a): pass
print(type(C5(1, 2)).__name__)  # expect: C5
class C6:
    def __new__(cls, *a): return super().__new__(cls, *a)
try: C6(1)
except TypeError as e: print(e)
# expect: object.__new__() takes exactly one argument (the type to instantiate)
class C7:
    def __init__(self, *a): super().__init__(*a)
try: C7(1)
except TypeError as e: print(e)
# expect: object.__init__() takes exactly one argument (the instance to initialize)
try: object(1)
except TypeError as e: print(e)
# expect: object() takes no arguments
print(object().__class__, type(object.__new__(C)).__name__)  # expect: <class 'object'> C
try: int.__new__(3)
except TypeError as e: print(e)
# expect: int.__new__(X): X is not a type object (int)
try: int.__new__(str)
except TypeError as e: print(e)
# expect: int.__new__(str): str is not a subtype of int
try: object.__new__(int)
except TypeError as e: print(e)
# expect: object.__new__(int) is not safe, use int.__new__()
print(int.__new__(int, 5), int.__new__(bool, 1) if False else 'skip')  # expect: 5 skip
try: type(1, 2)
except TypeError as e: print(e)
# expect: type() takes 1 or 3 arguments
try: type('a', 1, {})
except TypeError as e: print(e)
# expect: type.__new__() argument 2 must be tuple, not int
try: type('a', (), [])
except TypeError as e: print(e)
# expect: type.__new__() argument 3 must be dict, not list
try: type(1, (), {})
except TypeError as e: print(e)
# expect: type.__new__() argument 1 must be str, not int
for src in ["class X(bool): pass", "class X(1): pass", "class X(list, dict): pass",
            "class X(Exception, list): pass", "class X:\n __qualname__ = 1",
            "class X(type(None)): pass", "class X(object, object): pass"]:
    try: exec(src, {})
    except TypeError as e: print(e)
# expect: type 'bool' is not an acceptable base type
# expect: int() takes at most 2 arguments (3 given)
# expect: multiple bases have instance lay-out conflict
# expect: multiple bases have instance lay-out conflict
# expect: type __qualname__ must be a str, not int
# expect: type 'NoneType' is not an acceptable base type
# expect: duplicate base class object
try: type(len)()
except TypeError as e: print(e)
# expect: cannot create 'builtin_function_or_method' instances
try: type(None)(1)
except TypeError as e: print(e)
# expect: NoneType takes no arguments
class WithClasscellCheck:
    def method(self): return __class__.__name__
print(WithClasscellCheck().method())  # expect: WithClasscellCheck
class Abs:
    def f(self): pass
    def g(self): pass
Abs.__abstractmethods__ = frozenset({'g', 'f'})   # what abc.ABCMeta does
try: Abs()
except TypeError as e: print(e)
# expect: Can't instantiate abstract class Abs with abstract methods f, g
class Abs2(Abs): pass
Abs2.__abstractmethods__ = frozenset({'g'})
try: Abs2()
except TypeError as e: print(e)
# expect: Can't instantiate abstract class Abs2 with abstract method g
class Concrete(Abs2): pass
print(type(Concrete()).__name__, isinstance(Concrete(), Abs))  # expect: Concrete True
Abs2.__abstractmethods__ = frozenset()
print(type(Abs2()).__name__, Abs.__abstractmethods__ == {'f', 'g'})  # expect: Abs2 True
