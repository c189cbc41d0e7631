# __missing__ in dict subclasses, defaultdict, and which methods consult it.
class D(dict):
    def __missing__(self, key):
        return f"missing-{key}"
d = D(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, d.setdefault("c", 3), d)
class E(dict):
    def __missing__(self, key):
        raise KeyError(f"nope {key}")
try:
    E()["x"]
except KeyError as e:
    print(type(e).__name__, e)
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
dd["a"].append(1)
print(dd, dd["q"], dict(dd), defaultdict(int, {"x": 1})["y"], repr(defaultdict(None)))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print(type(e).__name__, e)
c = Counter("mississippi")
print(c.most_common(2), c["z"], sorted(c.elements())[:4], c + Counter("ss"), c - Counter("iiii"))
o = OrderedDict(a=1, b=2)
o.move_to_end("a")
print(o, o.popitem(last=False), o == {"a": 1}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
