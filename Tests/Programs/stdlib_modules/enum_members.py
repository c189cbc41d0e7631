# enum members: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, lookups and reprs.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), Color.RED == 1, hash(Color.RED) == hash(Color.RED))

class Level(IntEnum):
    LOW = 1
    HIGH = 10

print(Level.LOW, repr(Level.HIGH), Level.LOW + 1, Level.HIGH > 5, sorted([Level.HIGH, 3, Level.LOW]), int(Level.HIGH), f"{Level.HIGH}")
print(isinstance(Level.LOW, int), Level(10), {Level.LOW: "x"}[1], "%d" % Level.HIGH)

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"

print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode("w"), Mode.READ.upper(), f"{Mode.WRITE}", {Mode.READ: 1}["read"])

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, bool(Perm(0)))

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4

print(Bits.A | Bits.C, int(Bits.A | Bits.C), Bits(3), Bits.A | 8, repr(Bits(6)))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

try:
    Color(7)
except ValueError as e:
    print("ValueError", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

print(Planet.MARS.mass, Planet.EARTH.value, [p.name for p in Planet])
print(Color.__members__.keys(), enum.EnumType, type(Color))
