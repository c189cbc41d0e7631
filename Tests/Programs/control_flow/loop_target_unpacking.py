# for targets with starred and nested unpacking.
rows = [(1, 2, 3), (4, 5, 6, 7), (8, 9)]
for first, *rest in rows:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c, end=" ")
print()
for i, (name, *scores) in enumerate([("ann", 1, 2), ("bob",)]):
    print(i, name, scores)
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as e:
    print("ValueError", e)
d = {"a": [1, 2], "b": [3, 4]}
for key, (lo, hi) in d.items():
    print(key, hi - lo)
