# Enum, IntEnum, StrEnum, Flag and auto: members, lookup, iteration, reprs.
from enum import Enum, IntEnum, StrEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(1), Color["BLUE"], len(Color), list(Color))  # expect: Color.RED <Color.GREEN: 2> Color.RED Color.BLUE 3 [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>]
print(Color.RED.name, Color.RED.value, Color.BLUE.value, Color.RED in Color, isinstance(Color.RED, Color))  # expect: RED 1 3 True True
print(Color.RED is Color(1), Color.RED == 1, repr(Color), Color.__members__, f"{Color.RED}")  # expect: True False <enum 'Color'> {'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>, 'BLUE': <Color.BLUE: 3>} Color.RED
print({Color.RED: "r"}[Color.RED], [c.name for c in Color], type(Color.RED).__name__)  # expect: r ['RED', 'GREEN', 'BLUE'] Color
class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Pri.LOW, repr(Pri.HIGH), Pri.HIGH > Pri.LOW, Pri(2), f"{Pri.LOW}", Pri.LOW + 1, Pri.HIGH == 2)  # expect: 1 <Pri.HIGH: 2> True 2 1 2 True
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.WRITE), Mode("w"), Mode.READ.upper())  # expect: read <Mode.WRITE: 'w'> w READ
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(repr(Perm.R), Perm.W.value, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))  # expect: <Perm.R: 1> 2 True False False
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.radius, Planet.EARTH.value)  # expect: 5.97e+24 3390000.0 (5.97e+24, 6370000.0)
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape(2))  # expect: True [<Shape.SQUARE: 2>] Shape.SQUARE
try:
    Color(7)
except ValueError as e:
    print(e)  # expect: 7 is not a valid Color
try:
    Color["PINK"]
except KeyError as e:
    print(repr(e))  # expect: KeyError('PINK')
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)  # expect: duplicate values found in <enum 'Dup'>: B -> A
try:
    Color.RED = 5
except AttributeError as e:
    print(e)  # expect: cannot reassign member 'RED'
