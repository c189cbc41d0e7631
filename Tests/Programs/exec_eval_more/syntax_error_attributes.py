# SyntaxError objects raised by compile/eval/exec: msg, lineno, offset, text, filename.
cases = [
    ("1 +", "eval"),
    ("x = (1,", "exec"),
    ("def f(:\n  pass", "exec"),
    ("a = 1\nb = = 2\n", "exec"),
    ("return 5", "exec"),
    ("break", "exec"),
    ("f(x for x in y, 1)", "eval"),
    ("x += 1 = 2", "exec"),
    ("'abc", "eval"),
    ("if True:\npass", "exec"),
    ("  x = 1", "exec"),
    ("del f()", "exec"),
    ("None = 1", "exec"),
    ("lambda: (yield)", "eval"),
    ("nonlocal x", "exec"),
]
for src, mode in cases:
    try:
        compile(src, "<case>", mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.filename)
try:
    eval("1 1")
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec("for x in 1:\n  print(x)\n  else")
except SyntaxError as e:
    print(e.msg, e.lineno)
e = SyntaxError("m", ("f.py", 3, 4, "text\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e))
print(str(SyntaxError("only")), str(SyntaxError()), SyntaxError("x").lineno)
