# compile(): modes, code object attributes, reusing code objects with exec/eval.
c = compile("a = 1\nb = a + 1\n", "<mine>", "exec")
print(type(c).__name__, c.co_filename, c.co_name, c.co_firstlineno)
ns = {}
print(exec(c, ns), ns["b"])
e = compile("x * 2", "f.py", "eval")
print(eval(e, {"x": 21}), eval(e, {"x": "ab"}))
print(eval(c, {}))
s = compile("1 + 1", "<s>", "single")
exec(s)
s2 = compile("None", "<s>", "single")
exec(s2)
s3 = compile("'text'", "<s>", "single")
exec(s3)
for src, mode in [("x = 1", "eval"), ("1 +", "exec"), ("a\nb", "single"), ("pass", "bogus")]:
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as err:
        print(type(err).__name__, err)
try:
    compile("a\0b", "<z>", "exec")
except (SyntaxError, ValueError) as err:
    print(type(err).__name__, err)
print(eval(compile(b"3 + 4", "<b>", "eval")))
print(eval(" 5 + 5"))
try:
    eval(" 5 +\n 5")
except SyntaxError as err:
    print(type(err).__name__, err.msg)
print(eval("7\n"), eval("\n\n8"))
f = compile("def f(n):\n    return n + 1\n", "<def>", "exec")
ns = {}
exec(f, ns)
print(ns["f"](1), ns["f"].__code__.co_filename, ns["f"].__code__.co_varnames)
try:
    compile(123, "<x>", "exec")
except TypeError as err:
    print(type(err).__name__, err)
try:
    exec(e)
except NameError as err:
    print(type(err).__name__, err)
