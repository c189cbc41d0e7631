# eval/exec namespaces: __builtins__ injection, restricted builtins, locals mapping objects, and return values.
g = {}
exec("x = 1", g)
print(sorted(g.keys()), type(g["__builtins__"]).__name__ in ("dict", "module"))
try:
    eval("len('a')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}), eval("x * 2", {"x": 21}), exec("y = 5", {}) is None)
class Loc(dict):
    def __getitem__(self, k):
        if k == "magic":
            return 99
        return super().__getitem__(k)
print(eval("magic + 1", {}, Loc()))
ns = {"items": []}
exec("for i in range(3):\n    items.append(i * i)", ns)
print(ns["items"], eval("[a for a in items if a]", ns))
code = "def add(a, b=10):\n    return a + b\nresult = add(5)"
local = {}
exec(code, {}, local)
print(local["result"], sorted(local))
print(eval("(lambda q: q + outer)(1)", {"outer": 41}), eval("1 if True else 2"), eval("'%s-%s' % ('a', 'b')"))
