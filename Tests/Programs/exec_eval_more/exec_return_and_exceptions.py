# exec returns None; exceptions inside exec/eval propagate with their tracebacks' names.
import sys
print(exec("1"), exec("x = 5"))
try:
    exec("raise KeyError('inner')")
except KeyError as e:
    print(type(e).__name__, e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename))
        tb = tb.tb_next
    print(names[1:])
try:
    exec(compile("def f():\n    return undefined_name\nf()", "virtual.py", "exec"), {})
except NameError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, e, lines[1:])
try:
    exec("return 1")
except SyntaxError as e:
    print(e.msg)
def gen():
    yield eval("(yield_value := 3)")
print(list(gen()))
try:
    exec("import nonexistent_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
r = []
exec("for i in range(3):\n    r.append(i)\nelse:\n    r.append('done')", {"r": r})
print(r)
try:
    exec("while True:\n    break\nelse:\n    pass\nraise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code)
