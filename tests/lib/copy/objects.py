# copy/deepcopy of dataclasses, enums, namedtuples, collections types and __slots__ classes.
import copy
from dataclasses import dataclass, field
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
from enum import Enum
@dataclass
class A:
    x: int
    items: list = field(default_factory=list)
@dataclass(frozen=True)
class F:
    v: tuple
class C(Enum):
    R = 1
NT = namedtuple("NT", "a b")
a = A(1, [1, [2]])
b = copy.deepcopy(a)
b.items[1].append(3)
print(a, b, copy.copy(a) == a)  # expect: A(x=1, items=[1, [2]]) A(x=1, items=[1, [2, 3]]) True
print(copy.deepcopy(F((1, [2]))), copy.deepcopy(C.R) is C.R, copy.deepcopy(NT(1, [2])))  # expect: F(v=(1, [2])) True NT(a=1, b=[2])
print(copy.deepcopy(deque([1, [2]])), copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(defaultdict(list, {"k": [1]})), copy.deepcopy(Counter("aab")))  # expect: deque([1, [2]]) OrderedDict([('a', [1])]) defaultdict(<class 'list'>, {'k': [1]}) Counter({'a': 2, 'b': 1})
class S:
    __slots__ = ("p", "q")
    def __init__(self): self.p = [1]; self.q = 2
s2 = copy.deepcopy(S())
print(s2.p, s2.q)  # expect: [1] 2
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(b"x"), copy.deepcopy([{"a": (1, 2)}]))  # expect: {1, 2} frozenset({1}) b'x' [{'a': (1, 2)}]
