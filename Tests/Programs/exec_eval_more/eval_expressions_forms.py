# eval of many expression forms and the values they give.
exprs = [
    "1 if 0 else 2", "[i * i for i in range(4)]", "{k: v for k, v in zip('ab', (1, 2))}",
    "(lambda x, *r: (x, r))(1, 2, 3)", "not []", "-(-3) ** 2", "2 ** -1", "7 // -2, 7 % -2",
    "'%s-%d' % ('a', 3)", "f'{1+1:>4}'", "b'a' + b'b'", "{1, 2} | {3}", "(1, 2) < (1, 3)",
    "...", "None or 'x'", "[1, 2, 3][::-1]", "{**{'a': 1}, 'b': 2}", "[*range(3), *'ab']",
    "(x := 5) + x", "sum(x for x in range(10) if x % 2)", "0.1 + 0.2", "1_000 * 3",
    "0x1f | 0o7 ^ 0b11", "~5 & 0xff", "3 > 2 > 1", "1 < 2 > 0 == 0", "'abc'[1:]",
    "type(None).__name__", "[].__class__", "divmod(-7, 2)", "isinstance(True, int)",
]
for src in exprs:
    try:
        print(src, "=>", repr(eval(src)))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
for bad in ["x = 1", "import os", "def f(): pass", "", "   ", "yield 1", "await x"]:
    try:
        print(repr(bad), eval(bad))
    except SyntaxError as e:
        print(repr(bad), type(e).__name__, e.msg)
print(eval("a + b", {"a": 1, "b": 2}))
print(eval("__name__"), eval("__name__", {}))
