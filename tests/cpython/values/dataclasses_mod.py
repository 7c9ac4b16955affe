from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar, make_dataclass
from typing import List, Optional
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) != Point(2), repr(Point(x=3, y=4)), asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print([f.name for f in fields(Point)], [f.type for f in fields(Point)] == [int, int], fields(p)[1].default)
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)
print(sorted([Ver(1, 2), Ver(1, 0, 'x'), Ver(0, 9)]), Ver(1, 2) < Ver(1, 3), Ver(2) >= Ver(1, 9), Ver(1, 0, 'a') == Ver(1, 0, 'b'))
@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()
f = Frozen('a')
try:
    f.name = 'b'
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del f.name
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen('a')), f, {f: 1}[Frozen('a')])
@dataclass
class Inv:
    items: List[int] = field(default_factory=list)
    owner: Optional[str] = None
    count: int = field(default=0, repr=False)
    def total(self): return sum(self.items)
a, b = Inv(), Inv()
a.items.append(5)
print(a, b, a.total(), Inv([1, 2], 'me', 3))
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(Post(3), Post(3, 10), 'scale' in [f.name for f in fields(Post)])
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=2)
except TypeError as e:
    print(e)
try:
    Ver(1) < Point(1)
except TypeError as e:
    print(e)
try:
    asdict(Point)
except TypeError as e:
    print(e)
try:
    replace(p, q=1)
except TypeError as e:
    print(e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(2))
@dataclass(repr=False)
class NoRepr:
    v: int
print(str(NoRepr(1)).startswith('<'), NoRepr(1).v)
@dataclass
class Nested:
    p: Point
    pts: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])), astuple(Nested(Point(1, 2), [])))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)), H.__eq__ is not object.__eq__)
@dataclass
class Unh:
    a: int
print(Unh.__hash__)
C = make_dataclass('C', ['a', ('b', int, field(default=5))])
print(C(1), C(1, 2).b)
@dataclass
class WithCls:
    name: str
    @classmethod
    def make(cls): return cls('made')
    @property
    def upper(self): return self.name.upper()
print(WithCls.make(), WithCls('x').upper, WithCls.__match_args__ if hasattr(WithCls, '__match_args__') else '')
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print(e)
@dataclass(slots=True)
class Sl:
    a: int
s = Sl(1)
print(s, Sl.__slots__)
try:
    s.b = 2
except AttributeError as e:
    print(e)
from dataclasses import dataclass, FrozenInstanceError
@dataclass(slots=True, frozen=True)
class A:
    x: int
    y: int = 2
a = A(1)
print(a, hash(a) == hash(A(1)), A.__slots__)
try:
    a.x = 3
except FrozenInstanceError as e:
    print(e)
@dataclass(slots=True, weakref_slot=True)
class B:
    x: int
print(B(1), B.__slots__)
@dataclass(slots=True)
class C(B):
    z: int = 0
print(C(1, 2), C.__slots__)
