# The argument checks of eval, exec and compile, with CPython 3.11's messages.
class Mapping:
    def __getitem__(self, k):
        raise KeyError(k)

cases = [
    lambda: eval(5), lambda: exec(5), lambda: eval("1", 5), lambda: exec("1", 5),
    lambda: eval("1", {}, 5), lambda: exec("1", {}, 5), lambda: eval("1", Mapping()),
    lambda: exec("1", Mapping()), lambda: eval("1", None, 5), lambda: eval(),
    lambda: exec(), lambda: eval("1", globals=5), lambda: exec("x", closure=5),
    lambda: compile("1", "f", "bad"), lambda: compile(5, "f", "exec"), lambda: compile("1", 5, "exec"),
    lambda: compile("1", "f", "exec", optimize=7), lambda: compile("1"), lambda: compile("1", "f", "exec", flags=99999),
    lambda: eval("1\x00"), lambda: exec("1\x00"), lambda: eval(compile("lambda: 1", "f", "eval"), {}, [])(),
    lambda: eval("x =", {}), lambda: eval("1 +"), lambda: eval("*a,"),
    lambda: compile("a = 1\nb = 2", "f", "single"), lambda: compile("", "f", "single"), lambda: compile("# c\n", "f", "single"),
    lambda: compile("(1,\n", "f", "eval"), lambda: eval("import os"),
]
for case in cases:
    try:
        print("ok", case())
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
    except Exception as e:
        print(type(e).__name__, e)

print(eval(b"1+1"), eval(bytearray(b"2 * 3")), eval("\t 7"), eval("\n5"), eval("1,2"), eval("1,"))
print(eval("1 # comment"), eval("(1 +\n 2)"), exec(compile("1", "f", "eval")), eval(compile("x=1", "f", "exec")))
