# dict methods: get, setdefault, pop, popitem, update, fromkeys, copy, clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
d.update(a=-1)
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["new"] = True
print(d, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(0)))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
e.clear()
print(e, len(e), bool(e))
print(list(d.keys()), list(d.values()), list(d.items()))
