# @dataclass with and without arguments, field(), frozen, order, asdict/astuple/replace, __post_init__.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 2), asdict(p), astuple(p), replace(p, y=5))  # expect: Point(x=1, y=2) True True {'x': 1, 'y': 2} (1, 2) Point(x=1, y=5)
print(Point(3), Point(y=4, x=5), [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(1))  # expect: Point(x=3, y=0) Point(x=5, y=4) ['x', 'y'] True False
@dataclass(frozen=True, order=True)
class P2:
    a: int
    b: List[int] = field(default_factory=list, compare=False)
q = P2(1)
print(q, q < P2(2), sorted([P2(3), P2(1)]), hash(P2(1)) == hash(P2(1)))  # expect: P2(a=1, b=[]) True [P2(a=1, b=[]), P2(a=3, b=[])] True
try:
    q.a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)  # expect: FrozenInstanceError cannot assign to field 'a'
@dataclass
class Inv:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list, repr=False)
    total: float = field(init=False)
    kind: ClassVar[str] = "item"
    def __post_init__(self):
        self.total = self.price * self.qty
i = Inv("pen", 2.5, 4)
print(i, i.total, i.tags, Inv.kind, len(fields(Inv)))  # expect: Inv(name='pen', price=2.5, qty=4, total=10.0) 10.0 [] item 5
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2), Child(1, 2, 3).z)  # expect: Child(x=1, y=2, z=9) 3
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)  # expect: non-default argument 'y' follows default argument
try:
    @dataclass
    class Mut:
        x: list = []
except ValueError as e:
    print(e)  # expect: mutable default <class 'list'> for field x is not allowed: use default_factory
try:
    Point()
except TypeError as e:
    print(e)  # expect: Point.__init__() missing 1 required positional argument: 'x'
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), Point.__hash__ is None)  # expect: False True
@dataclass
class Nested:
    p: Point
    items: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])))  # expect: {'p': {'x': 1, 'y': 2}, 'items': [{'x': 3, 'y': 4}]}
