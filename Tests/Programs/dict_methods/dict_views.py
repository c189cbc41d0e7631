# keys/values/items views: live updates, set operations, reversed, len, membership and repr.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, i, len(k), "a" in k, 4 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k == {"a", "b", "c", "d"})
print(sorted(i & {("a", 1), ("b", 0)}), i - {("a", 1)} == {("b", 2), ("c", 3), ("d", 4)}, k.isdisjoint(["x"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), k <= {"a", "b", "c", "d", "e"}, k < k)
print(v == v, d.values() == d.values(), type(k).__name__, type(v).__name__, type(i).__name__, k.mapping["a"])
del d["a"]
print(list(k), list(v), list(i))
it = iter(d)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    v | {1}
except TypeError as e:
    print(type(e).__name__, e)
