# dict get/setdefault/pop/popitem with defaults, LIFO popitem and KeyError messages.
d = {"a": 1, "b": 2, 3: "c"}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("n"), d.setdefault("m", []), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d.popitem(), d)
for f in (lambda: d.pop("nope"), lambda: {}.popitem(), lambda: d["missing"], lambda: d[[1]], lambda: d.get(), lambda: d.pop((1, [2]))):
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    {}[("a", 1)]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[None]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, e)
