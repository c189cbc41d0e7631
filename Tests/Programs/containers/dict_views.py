# Dictionary views are live, support len/in/iteration, and keys/items act like sets.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i), len(k), "b" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint(["x"]))
print(sorted(i & {("b", 2), ("c", 0)}), list(reversed(d)), list(reversed(d.values())))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k, v, i)
print(d.keys() == d.keys(), d.values() == d.values())
m = k.mapping
print(m["b"])
