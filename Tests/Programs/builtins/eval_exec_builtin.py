# eval and exec with explicit namespaces, expressions vs statements, and their errors.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[a, b]", {"a": 1}, {"b": 2}), eval(" 5 "))
ns = {}
exec("def f(n):\n    return n * n\ny = f(7)", ns)
print(ns["y"], ns["f"](3), sorted(k for k in ns if k != "__builtins__"))
g = {"total": 0}
exec("for i in range(5):\n    total += i", g)
print(g["total"])
loc = {}
exec("z = 10", {}, loc)
print(loc)
code = compile("x + 1", "<expr>", "eval")
print(eval(code, {"x": 41}), code.co_filename, type(code).__name__)
for src in ("1 +", "import", "x = "):
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(eval("__builtins__ is not None"), eval("len('abc')", {"__builtins__": {"len": len}}))
