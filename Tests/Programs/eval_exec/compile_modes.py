# compile() in its three modes, code object attributes, 'single' mode printing through
# sys.displayhook, and the optimize argument.
import sys

code = compile("a + b", "<calc>", "eval")
print(code.co_filename, code.co_name, type(code).__name__, eval(code, {"a": 2, "b": 3}))
print(sorted(code.co_names))

single = compile("x * 2", "<single>", "single")
x = 21
exec(single)
exec(compile("for i in range(3): i\n", "<s>", "single"))
try:
    compile("for i in range(3): i", "<s>", "single")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.offset)
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("y = 5", "<s>", "single"))
print(y)
exec(compile("if True:\n    'inside'\n", "<s>", "single"))

def show(value):
    print("hook got", repr(value))

sys.displayhook = show
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("[1, 2]", "<s>", "single"))
import builtins
print(builtins._)

src = "def f():\n    'doc'\n    assert False, 'boom'\n    return __debug__\n"
for level in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<opt>", "exec", optimize=level), ns)
    try:
        print(level, ns["f"](), ns["f"].__doc__)
    except AssertionError as e:
        print(level, "AssertionError", e, ns["f"].__doc__)

mod = compile("'module doc'\nvalue = 3\n", "m.py", "exec")
ns = {}
exec(mod, ns)
print(ns["__doc__"], ns["value"])
print(compile(b"1", b"bytes_name", "eval").co_filename)

def func(a, b=1, *args, c, **kw):
    'function doc'
    local = a
    return local
fc = func.__code__
print(fc.co_name, fc.co_argcount, fc.co_kwonlyargcount, fc.co_varnames[:3], func.__doc__)
print((lambda: "not a doc").__doc__)
