import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
print(Sq(3).describe(), isinstance(Sq(1), Shape))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
class Meta(abc.ABCMeta): pass
class WithProp(metaclass=Meta):
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    WithProp()
except TypeError as e:
    print(e)
class Impl(WithProp):
    name = "impl"
print(Impl().name)
class Registered(abc.ABC): pass
Registered.register(int)
print(isinstance(3, Registered), issubclass(int, Registered), issubclass(str, Registered))
class Iterable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__iter__") or NotImplemented
print(issubclass(list, Iterable), isinstance(5, Iterable))
class InstCheck(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=InstCheck): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(1, (str, (list, int))), issubclass(bool, (str, int)))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1)) ]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(isinstance(1, int | str), isinstance(None, int | None), int | str, issubclass(bool, int | float))
from collections.abc import Iterable as It, Sized, Callable, Mapping, Sequence, Hashable
print(isinstance([], It), isinstance(5, It), isinstance({}, Mapping), isinstance([], Sequence), isinstance("", Sized), isinstance(len, Callable), isinstance([], Hashable), isinstance((), Hashable))
class MySized:
    def __len__(self): return 1
print(isinstance(MySized(), Sized))
