"""Enums for a traffic light and file permissions."""
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()
    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

class Perm(Flag):
    R = 4
    W = 2
    X = 1

class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, Color.RED in Color)
light = Light.RED
for _ in range(4):
    print(light.name, light.value, end=" -> ")
    light = light.next()
print(light)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW, 7]))
print(int(Priority.HIGH), Priority(5), str(Priority.LOW), f"{Priority.LOW}")
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw))
print(Perm(7), ~Perm.R)
m = Mode.READ | Mode.EXEC
print(m, int(m), m & Mode.READ, repr(Mode(3)), Mode.WRITE | 8)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(p.name, round(p.surface_gravity, 2))
print(Color.__members__.keys(), type(Color.RED), isinstance(Color.RED, Color))

class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"
print(Shape.CIRCLE == "circle", Shape("square"), Shape.CIRCLE.upper())
match Color.GREEN:
    case Color.RED:
        print("stop")
    case Color.GREEN:
        print("go")
