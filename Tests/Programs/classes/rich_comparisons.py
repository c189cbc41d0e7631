# Rich comparisons: reflection (a > b tries b.__lt__), NotImplemented, total_ordering.
import functools
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v}.__lt__({getattr(other, 'v', other)})")
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented
print(V(1) < V(2))
print(V(3) > V(2))
try:
    V(1) < 5
except TypeError as e:
    print("TypeError", e)
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError", e)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v, min(V(5), V(4)).v)
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a != b)
class Sub(V):
    def __gt__(self, other):
        return "Sub.__gt__ wins"
print(V(1) < Sub(2))
