# compile() in exec/eval/single modes, eval/exec with separate globals and locals, and errors.
code = compile("x = a + 1\ny = x * 2", "<corpus>", "exec")
g = {"a": 1}
l = {}
exec(code, g, l)
print(sorted(l.items()), "x" in g, "__builtins__" in g)
e = compile("a * 10", "<expr>", "eval")
print(eval(e, {"a": 4}), eval("b", {"b": 1}, {"b": 2}), eval("len('abc')"), eval(" 1 + 1 \n"))
s = compile("print('single', 1 + 1)", "<s>", "single")
exec(s)
ns = {}
exec("def f(n):\n    return n + k\nk = 100", ns)
print(ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
for src, mode in (("x = 1", "eval"), ("1 +", "exec"), ("a b", "eval"), ("x", "bogus")):
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('inside')", {})
except KeyError as e:
    print(type(e).__name__, e)
print(eval("__name__", {"__name__": "custom"}), eval("[i for i in range(3)]", {}), eval(compile("7", "f", "eval")))
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
