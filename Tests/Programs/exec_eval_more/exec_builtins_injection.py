# exec/eval insert __builtins__ into the globals dict; a custom __builtins__ restricts names.
g = {}
exec("x = 1", g)
print(sorted(g), "__builtins__" in g)
g2 = {"__builtins__": {"len": len}}
print(eval("len('abc')", g2))
try:
    eval("print('no')", g2)
except NameError as e:
    print(type(e).__name__, e)
g3 = {"__builtins__": {}}
try:
    exec("y = abs(-1)", g3)
except NameError as e:
    print(type(e).__name__, e)
print(eval("1 + 2", {"__builtins__": None} if False else {}))
import builtins
g4 = {"__builtins__": builtins}
exec("z = max(3, 4)", g4)
print(g4["z"], g4["__builtins__"] is builtins)
g5 = {"__builtins__": {"__import__": builtins.__import__}}
exec("import math as m; r = m.floor(2.5)", g5)
print(g5["r"])
try:
    exec("import math", {"__builtins__": {}})
except ImportError as e:
    print(type(e).__name__, e)
class Shadow(dict):
    pass
g6 = {"__builtins__": {"len": lambda s: 99}}
print(eval("len('x')", g6))
print(eval("__builtins__['len']('abc')", g6))
print(eval("True and None is None"))
