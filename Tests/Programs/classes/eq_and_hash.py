# __eq__ without __hash__ makes instances unhashable; equal objects must hash equal.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1, 2) == (1, 2), Point.__hash__)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError", e)
class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))
s = {HPoint(1, 2), HPoint(1, 2), HPoint(2, 1)}
print(len(s), HPoint(1, 2) in s, {HPoint(0, 0): "origin"}[HPoint(0, 0)], hash(HPoint(1, 2)) == hash((1, 2)))
class Plain:
    pass
a = Plain()
print(a == a, a != a, a == Plain(), hash(a) == hash(a), len({a, a}))
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [1, AlwaysEqual()].count(9))
class NeOnly:
    def __eq__(self, other):
        return "truthy"
print(NeOnly() == 1, NeOnly() != 1)
