# dict subclasses: | returns dict except for subclass __or__, copy returns dict, update bypasses __setitem__.
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
d = Logged(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("d", 4)
e = d | {"z": 0}
d |= {"y": 9}
print(type(e).__name__, type(d).__name__, type(d.copy()).__name__, dict(d), e)
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper(A=1)
print(u["a"], u.get("a"), "a" in u, dict(u), list(u.items()))
class Keys(dict):
    def keys(self):
        return ["only"]
print(dict(Keys(only=1, other=2)), {**Keys(only=1, other=2)}, dict({}, **Keys(only=3, other=4)))
