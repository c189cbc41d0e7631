# dict.update and dict() with mappings, pair iterables, kwargs, |, |= and bad inputs.
d = {"a": 1}
d.update({"b": 2}, c=3)
d.update([("d", 4), ["e", 5]])
d.update(f=6)
print(d)
class M:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
d.update(M())
print(d, dict(M()), dict([(1, 2)], z=0), dict(a=1), dict({"k": "v"}, k="override"))
print({"a": 1} | {"a": 2, "b": 3}, {1: 1} | {})
e = {"q": 0}
e |= [("r", 1)]
print(e)
for f in (lambda: d.update([1, 2]), lambda: d.update([("a",)]), lambda: d.update(5), lambda: dict([(1, 2, 3)]),
          lambda: {} | [("a", 1)], lambda: d.update({}, {}), lambda: dict("ab")):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
