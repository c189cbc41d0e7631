# exec with separate globals and locals: functions see globals only, classes see locals.
g = {"G": 1}
l = {"L": 2}
exec("def f():\n    return G\nr = f()", g, l)
print(l["r"], "f" in l, "f" in g)
try:
    exec("def h():\n    return L\nh()", g, l)
except NameError as e:
    print(type(e).__name__, e)
exec("class C:\n    b = G\n", g, l)
print(l["C"].b)
try:
    exec("class D:\n    a = L\n", g, l)
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("z = [L for _ in range(2)]", g, {"L": 5})
except NameError as e:
    print(type(e).__name__, e)
exec("global G2\nG2 = 'set'", g, l)
print(g["G2"], "G2" in l)
def outer():
    v = 1
    exec("v = 2")
    return v
print(outer())
def outer2():
    loc = {}
    exec("w = 3", globals(), loc)
    return loc["w"]
print(outer2())
def see_locals():
    q = 9
    return eval("q")
print(see_locals())
def closure_eval():
    a = 1
    def inner():
        return eval("a")
    return inner
try:
    print(closure_eval()())
except NameError as e:
    print(type(e).__name__, e)
ns = {}
exec("import sys as _s\nname = __name__", ns)
print(ns["name"])
exec("name2 = __name__", {"__name__": "custom"}, ns)
print(ns["name2"])
