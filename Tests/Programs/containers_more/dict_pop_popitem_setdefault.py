# dict pop/popitem/setdefault/get/update forms, order effects and errors.
d = dict(a=1, b=2, c=3)
print(d.popitem(), d, d.pop("a"), d.pop("zz", None), d.setdefault("b", 99), d.setdefault("n"), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d = {}
for k in "abc":
    d[k] = ord(k)
del d["a"]
d["a"] = 0
print(list(d), d.popitem(), list(d))
d.update([("x", 1)], y=2)
d.update({"z": 3}.items())
d.update()
print(d)
for bad in [[1], [("a",)], 5, [("a", 1, 2)]]:
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
print(d.get("x"), d.get("nope"), d.get("nope", 0), dict.fromkeys("ab", []), dict.fromkeys([]))
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(type(e).__name__, e)
e = dict.fromkeys(range(3))
print(e | {5: 5}, {5: 5} | e, e.copy() == e, e.copy() is e)
e |= [(9, 9)]
print(e)
try:
    e | [(1, 1)]
except TypeError as err:
    print(type(err).__name__, err)
print(dict(a=1) == dict([("a", 1)]) == dict({"a": 1}), dict(zip("ab", "cd")), dict({"a": 1}, b=2))
try:
    dict([1, 2])
except TypeError as err:
    print(type(err).__name__, err)
try:
    dict({}, {})
except TypeError as err:
    print(type(err).__name__, err)
