# ABC / abstractmethod, ABCMeta.register, collections.abc isinstance checks.
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Sized, Hashable, Generator
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
try:
    Base()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Base with abstract methods f, g
class Half(Base):
    def f(self): return 1
try:
    Half()
except TypeError as e:
    print(e)  # expect: Can't instantiate abstract class Half with abstract method g
class Impl(Half):
    def g(self): return 2
print(Impl().f(), Impl().g(), isinstance(Impl(), Base), sorted(Base.__abstractmethods__))  # expect: 1 2 True ['f', 'g']
class Proto(metaclass=ABCMeta):
    pass
Proto.register(int)
print(isinstance(3, Proto), issubclass(int, Proto), isinstance("s", Proto))  # expect: True True False
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance((), Sequence), isinstance({}, Mapping))  # expect: True False True True
print(isinstance({}, MutableMapping), isinstance(len, Callable), isinstance([], Sized), isinstance([], Hashable))  # expect: True True True False
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance((x for x in []), Generator))  # expect: True False True
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIt(), Iterator), issubclass(MyIt, Iterable))  # expect: True True
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq()
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))  # expect: [0, 10, 20] True 2 1 [20, 10, 0]
