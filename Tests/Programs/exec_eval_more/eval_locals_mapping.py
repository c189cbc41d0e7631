# eval/exec with a non-dict mapping as locals: lookups go through __getitem__, stores through __setitem__.
class Loud(dict):
    def __getitem__(self, k):
        print("get", k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)

class Mapping:
    def __init__(self):
        self.d = {"a": 10}
    def __getitem__(self, k):
        if k == "magic":
            return 42
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def keys(self):
        return self.d.keys()

L = Loud(a=1)
print(eval("a + 1", {}, L))
exec("b = a * 2", {}, L)
print(sorted(L.items()))
m = Mapping()
print(eval("a + magic", {}, m))
exec("c = a + magic\ndel a", {}, m)
print(m.d)
try:
    eval("nosuch", {}, m)
except NameError as e:
    print(type(e).__name__, e)
print(eval("len", {}, m) is len)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", [], {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1", {}, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1", Loud())
except TypeError as e:
    print(type(e).__name__, e)
print(eval("[x for x in range(3)]", {}, {"range": lambda n: [7, 8]}))
g = {"v": "global"}
print(eval("v", g, {"v": "local"}), eval("v", g, {}))
