# globals() and locals() reflect the current namespaces.
a = 1
print(__name__, "a" in globals(), globals()["a"])
globals()["made"] = "via globals()"
print(made)
def f(p, q=2):
    r = p + q
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(g())
print(vars() is globals(), locals() is globals())
class C:
    k = 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(C.names)
