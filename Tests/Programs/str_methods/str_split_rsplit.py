# str.split/rsplit with and without sep, maxsplit, unicode whitespace and errors.
for s in ("a b  c", "  lead and trail  ", "", "   ", "a\tb\nc\x0bd\x0ce\x1cf\u3000g\x85h", "one"):
    print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
for s, sep in (("a,b,,c,", ","), (",", ","), ("", ","), ("abcabc", "bc"), ("aaa", "aa"), ("x--y--z", "--")):
    print(s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.split(sep, -1))
for sep in ("", 1):
    try:
        "abc".split(sep)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("a b c".split(sep=" ", maxsplit=1), "a1b1c".rsplit("1", maxsplit=1))
