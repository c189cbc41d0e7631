# A list mutated from inside __lt__ during sort raises ValueError; the list ends as a permutation.
victim = []
class M:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if len(victim) < 40:
            victim.append(M(-1))
        return self.v < o.v
    def __repr__(self):
        return str(self.v)
victim.extend(M(v) for v in (5, 2, 8, 1, 9, 3))
try:
    victim.sort()
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(m.v for m in victim))
l = [3, 1, 2]
def key(x):
    l.clear()
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
r = [3, 1, 2]
sorted_copy = sorted(r, key=lambda x: r.append(0) or x)
print(sorted_copy, r)
