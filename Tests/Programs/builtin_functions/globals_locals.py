# globals() and locals() contents and writes at module, function and class level.
g = 1
print(globals()["g"], "__name__" in globals(), globals()["__name__"], locals() is globals())
globals()["made_here"] = 5
print(made_here)
def f(arg):
    inner = 2
    loc = locals()
    loc["inner"] = 99
    return sorted(loc), inner, "g" in locals(), "g" in globals()
print(f(0))
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names, sorted(k for k in vars(K) if not k.startswith("__")))
def outer():
    free = 1
    def inner():
        return sorted(locals())
    def inner2():
        return free, sorted(locals())
    return inner(), inner2()
print(outer())
print(eval("g + 1", {"g": 10}), eval("g"), eval("a", {}, {"a": 3}), exec("zz = 4") or zz)
