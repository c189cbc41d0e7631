# dict views: keys/items set algebra with sets and other views, comparisons, reversed, mapping attr.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
print(d.keys() & e.keys(), d.keys() | e.keys() == {"a", "b", "c", "d"}, sorted(d.keys() - e.keys()), sorted(d.keys() ^ e))
print(d.items() & e.items(), sorted(d.items() - e.items()), sorted(d.items() | {("z", 0)}))
print(d.keys() & ["a", "z"], {"a"} | d.keys() == d.keys(), type(d.keys() & {}).__name__, type(d.items() | set()).__name__)
print(d.keys() == {"a", "b", "c"}, d.keys() < {"a", "b", "c", "x"}, d.keys() >= {"a"}, d.keys() != ["a", "b", "c"])
print(d.items() == {("a", 1), ("b", 2), ("c", 3)}, ("a", 1) in d.items(), ("a", 2) in d.items(), ["a", 1] in d.items())
print(d.keys().isdisjoint({"x"}), d.items().isdisjoint([("a", 1)]), d.keys().isdisjoint([]))
try:
    d.values() & {1}
except TypeError as e:
    print(type(e).__name__, e)
print(d.values() == d.values(), d.keys() == d.keys(), len(d.values()), 1 in d.values(), list(reversed(d.values())))
print(d.keys().mapping, type(d.keys().mapping).__name__, d.items().mapping["a"])
try:
    ("unhashable", []) in d.items()
    print("no error")
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in d.keys()
except TypeError as e:
    print(type(e).__name__, e)
k = d.keys()
d["z"] = 26
print(list(k), len(k))
it = iter(d.items())
next(it)
d["new"] = 0
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr({}.keys()), repr({1: 2}.items()), repr({1: [2]}.values()))
try:
    hash(d.keys())
except TypeError as e:
    print(type(e).__name__, e)
print({1: 1}.keys() - [1], [1, 2] - {}.keys() if False else {1, 2} - {1: 0}.keys(), {"x": 1}.items() ^ {("x", 1), ("y", 2)})
