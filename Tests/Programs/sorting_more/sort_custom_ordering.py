# Sorting user objects: __lt__ only, __gt__ reflected, functools.total_ordering and cmp_to_key.
import functools

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self):
        return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))

class NotImpl:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return NotImplemented
try:
    sorted([NotImpl(1), NotImpl(2)])
except TypeError as e:
    print(type(e).__name__, e)

@functools.total_ordering
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Ver(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), Ver("1.0") >= Ver("0.1"))

def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__, e)
class Rev(str):
    def __lt__(self, o):
        return str.__gt__(self, o)
print(sorted([Rev("a"), Rev("c"), Rev("b")]))
