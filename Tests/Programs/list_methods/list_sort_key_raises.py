# sort with a key that raises or comparisons that fail leaves the list a permutation; mutation detected.
l = [3, 1, 2, 5, 4]
def key(x):
    if x == 5:
        raise ValueError("five")
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
m = [3, "a", 1]
try:
    m.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(m, key=str), len(m), sorted(map(str, m)))
n = [5, 3, 1, 4]
def mutating(x):
    n.append(0)
    return x
try:
    n.sort(key=mutating)
except ValueError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 2 or other.v == 2:
            raise RuntimeError("no compare 2")
        return self.v < other.v
c = [Cmp(3), Cmp(2), Cmp(1)]
try:
    c.sort()
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(x.v for x in c))
print(sorted([Cmp(3), Cmp(1), Cmp(4)], key=lambda o: o.v)[0].v)
