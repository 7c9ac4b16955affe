from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color), len(Color), Color.RED in Color)
print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED == 1, Color.RED != Color.BLUE, isinstance(Color.RED, Color), type(Color.RED).__name__)
print([c.name for c in Color], {c: c.value for c in Color}, Color.__members__.keys() if False else list(Color.__members__), hash(Color.RED) == hash(Color.RED))
print(f'{Color.RED}', f'{Color.RED!r}', str(Color.GREEN), format(Color.BLUE), '%s' % Color.RED)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PURPLE']
except KeyError as e:
    print(repr(e))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(1), sorted([Num.TWO, Num.ONE]), Num.ONE < Num.TWO, f'{Num.ONE}', str(Num.ONE), format(Num.TWO, '03d'), int(Num.TWO))
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print(list(Auto), Auto.C.value, [a.value for a in Auto])
class Lower(str, Enum):
    X = 'x'
    Y = 'y'
print(Lower.X, repr(Lower.X), Lower.X == 'x', Lower.X.upper(), f'{Lower.Y}', Lower('y'))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw) if hasattr(rw, '__iter__') else '', Perm(6), Perm(0), rw.value)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, IP.A + 1, IP(3))
class Alias(Enum):
    A = 1
    B = 1
print(list(Alias), Alias.B, Alias(1), Alias.B is Alias.A, list(Alias.__members__))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def density(self): return round(self.mass / self.radius ** 3, 2)
print(Planet.EARTH.mass, Planet.MARS.density, Planet.EARTH.value, Planet((6.42e23, 3.39e6)))
class Shape(Enum):
    SQUARE = 'sq'
    def describe(self): return f'{self.name.lower()} ({self.value})'
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.default().describe(), Shape.SQUARE.__class__.__name__)
try:
    class Ext(Color):
        PURPLE = 4
except TypeError as e:
    print(e)
Dyn = Enum('Dyn', 'ONE TWO THREE')
print(list(Dyn), Dyn.TWO.value, Enum('D2', [('a', 10), ('b', 20)]).b)
print(Color.RED.__class__ is Color, Color._member_names_ if hasattr(Color, '_member_names_') else '', Color.__name__)
d = {Color.RED: 'r'}
print(d[Color(1)], Num.ONE in [1], Num(2).name)
class Status(Enum):
    ACTIVE = 'active'
    def __str__(self): return self.value
print(Status.ACTIVE, [str(s) for s in Status])
