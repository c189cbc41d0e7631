# eval/exec namespaces: defaults to the caller's frame, explicit globals and locals,
# __builtins__ insertion, mappings as locals, and writes through locals.
x = 10

def in_function():
    y = 5
    print(eval("x + y"))
    print(eval("y", None, {"y": 99}))
    return eval("[v for v in range(y)]")

print(in_function())

g = {}
exec("a = 1", g)
print(sorted(g), type(g["__builtins__"]).__name__)
g2 = {"__builtins__": {"len": len}}
print(eval("len('four')", g2))
try:
    eval("abs(-1)", g2)
except NameError as e:
    print("NameError:", e)

class Recorder:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

r = Recorder()
exec("q = 3\nw = q + 1", {}, r)
print(r.data)
print(eval("missing_name_xyz if False else 'ok'", {}, r))
try:
    eval("nothere", {}, r)
except NameError as e:
    print("NameError:", e)

loc = {"k": 2}
print(eval("k * x", globals(), loc))
exec("x = 42", globals())
print(x)
exec("def h(): return 'from h'")
print(h())
print(eval("__name__"), eval("__name__", {}))

class Body:
    exec("attr = 'class attribute'")
print(Body.attr)
