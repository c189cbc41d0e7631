# collections.namedtuple: fields, defaults, _replace, _asdict, tuple behaviour.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), Point._fields, isinstance(p, tuple))
print(p._replace(x=10), p._asdict(), Point._make([5, 6]), p + (3,))
x, y = p
print(x, y, hash(p) == hash((1, 2)))
Opt = namedtuple("Opt", "name value verbose", defaults=[None, False])
print(Opt("a"), Opt("b", 1, True), Opt._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
class P3(namedtuple("P3", "x y z")):
    def norm1(self):
        return sum(map(abs, self))
print(P3(1, -2, 3).norm1(), P3(1, 2, 3))
