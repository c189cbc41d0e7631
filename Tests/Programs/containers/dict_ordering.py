# Dicts keep insertion order; updating keeps position, deleting and reinserting moves to the end.
d = {}
for key in ["banana", "apple", "cherry", "date"]:
    d[key] = len(key)
print(list(d))
d["apple"] = 0
print(list(d.items()))
del d["banana"]
d["banana"] = 1
print(list(d))
d.pop("cherry")
d.setdefault("cherry", 2)
print(d)
print({3: "c", 1: "a", 2: "b"}, {**{"x": 1}, "y": 2, "x": 3})
big = {i: i * i for i in range(1000, 0, -7)}
print(list(big)[:5], list(big)[-3:])
for k in list(big):
    if k % 2:
        del big[k]
print(list(big)[:5], len(big))
print(dict(sorted({"b": 1, "a": 2}.items())), dict(reversed(list({"b": 1, "a": 2}.items()))))
