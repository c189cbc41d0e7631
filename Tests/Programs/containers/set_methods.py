# Mutating set methods: add, discard, remove, pop, update variants, clear, copy.
s = {1, 2}
s.add(3); s.add(2)
print(sorted(s))
s.discard(100); s.discard(1)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
s.update([10, 11], {12})
print(sorted(s))
s.intersection_update(range(11))
print(sorted(s))
s.difference_update({2})
print(sorted(s))
s.symmetric_difference_update({3, 4})
print(sorted(s))
s |= {7}; s &= {4, 7, 10}; s -= {10}; s ^= {8}
print(sorted(s))
c = s.copy()
c.clear()
print(sorted(s), c, len(c))
one = {42}
print(one.pop(), one)
try:
    one.pop()
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1])
print(hasattr(fs, "add"), {fs: "frozen key"}[frozenset([1])])
print({(1, "a"), (1, "a")} == {(1, "a")}, {1, 1.0, True} == {1})
