# Dictionary keys of many hashable types; equal keys of different types collide.
d = {}
for key in [None, True, 2, 2.5, "s", b"s", (1, (2, 3)), frozenset({1}), range(3), 1 + 2j, Ellipsis, int]:
    d[key] = type(key).__name__
print(list(d.values()))
print(d[None], d[1], d[2.0], d[(1, (2, 3))], d[frozenset([1])], d[range(0, 3)], d[...])
print("s" in d, b"s" in d, (1, (2, 3)) in d, (1, [2]) in [(1, [2])])
try:
    d[(1, [2])] = 0
except TypeError as e:
    print("TypeError", e)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
m = {Key(1): "one"}
print(m[Key(1)], Key(2) in m, len({Key(3), Key(3)}))
