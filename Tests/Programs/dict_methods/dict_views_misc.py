# dict view edge cases: views of empty dicts, iteration after deletion, views compared with lists, mapping proxy.
d = {}
print(d.keys(), d.values(), d.items(), list(d.items()), len(d.keys()), bool(d.values()))
d = {1: "a", 2: "b"}
k = d.keys()
print(k == [1, 2], k == {1, 2}, k != {1}, k.__class__.__name__, sorted(k - [1]), sorted(k | [3]), list(k ^ [2, 5]))
print(d.items() == {(1, "a"), (2, "b")}, {(1, "a")} < d.items(), d.items() >= {(2, "b")}, (1, ["unhashable"]) in d.items())
m = k.mapping
print(m[1], type(m).__name__, dict(m) == d)
try:
    m[3] = "c"
except TypeError as e:
    print(type(e).__name__, e)
it = iter(d.items())
print(next(it), list(it))
v = d.values()
print(1 in v, "a" in v, list(v), v == d.values())
