# Class patterns: keyword attributes, positional via __match_args__, builtin types with one positional.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f"big circle at x={cx}"
        case Circle():
            return "some circle"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for v in (Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(7, 0), 20), Circle(None, 1), 4, 2.5, "s", True):
    print(where(v))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Circle(1, 2):
        case Circle(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
