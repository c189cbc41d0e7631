# What counts as whitespace for split/strip/isspace, including Unicode and ASCII separators.
chars = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680",
         "\u2000", "\u2007", "\u200b", "\u2028", "\u2029", "\u202f", "\u3000", "\ufeff"]
for c in chars:
    print(ascii(c), c.isspace(), len(("a" + c + "b").split()), repr(("x" + c).strip()) == "'x'", len(("a" + c + "b").splitlines()))
print(" \t a \u3000".strip() == "a", "a\u3000b".split(), "a\xa0b".split(" "), "\u2028".join(["p", "q"]).splitlines())
