# Tuples: construction, immutability, count/index, concatenation, hashing, mutable contents.
t = (1, "two", [3])
print(t, len(t), t[1], t[-1], t.count(1), t.index("two"), (1,) * 3, () + (1,), tuple("ab"), tuple())
single = 5,
print(single, type(single).__name__, (5), type((5)).__name__)
t[2].append(4)
print(t)
try:
    t[0] = 0
except TypeError as e:
    print("TypeError", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") == (1, "a"), (0, 0) in [(0, 0)])
a, b = t[:2]
print(a, b, tuple(x * 2 for x in range(3)), (*t[:1], *"xy"))
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError", e)
print(hash((1, 2, 3)), hash((-1,)), hash(((1, 2), (3, 4))), hash((None,)) == hash((None,)))
