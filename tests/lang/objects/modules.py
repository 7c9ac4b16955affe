# Module objects: repr, attribute lookup through the namespace, module-level
# __getattr__, types.ModuleType construction.
import sys
print(sys, type(sys), type(sys).__name__, sys.__name__)  # expect: <module 'sys' (built-in)> <class 'module'> module sys
try: sys.no_such_thing
except AttributeError as e: print(e)
# expect: module 'sys' has no attribute 'no_such_thing'
ModuleType = type(sys)
m = ModuleType('mymod')
print(m, m.__dict__, m.__name__, m.__doc__)  # expect: <module 'mymod'> {'__name__': 'mymod', '__doc__': None, '__package__': None, '__loader__': None, '__spec__': None} mymod None
m2 = ModuleType('withdoc', 'the doc')
print(m2.__doc__)  # expect: the doc
m.__file__ = '/x/mymod.py'
print(m)  # expect: <module 'mymod' from '/x/mymod.py'>
m.value = 42
print(m.value, 'value' in m.__dict__, sorted(k for k in dir(m) if not k.startswith('_')))  # expect: 42 True ['value']
del m.value
try: m.value
except AttributeError as e: print(e)
# expect: module 'mymod' has no attribute 'value'
m.__getattr__ = lambda name: 'lazy ' + name
print(m.anything)  # expect: lazy anything
try: ModuleType()
except TypeError as e: print(e)
# expect: module() missing required argument 'name' (pos 1)
try: ModuleType(1)
except TypeError as e: print(e)
# expect: module() argument 'name' must be str, not int
class MyModule(ModuleType):
    def hello(self): return 'hello from ' + self.__name__
mm = MyModule('sub')
print(mm.hello(), isinstance(mm, ModuleType))  # expect: hello from sub True
print(len.__module__, sys.getrecursionlimit.__self__ is sys, repr(__import__('sys')) == repr(sys))  # expect: builtins True True
