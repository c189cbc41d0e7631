# Padding counts code points, not display width: CJK, combining marks and emoji in format/ljust.
for s in ("abc", "日本", "e\u0301", "😀", "a\tb"):
    print(repr(format(s, "<6") + "|"), repr(s.rjust(6, ".")), repr(f"{s:^7}"), repr("%-6s|" % s), len(s))
print(repr(format("日本", "日^6")), repr("x".center(4, "😀")), repr(format("ab", "\u0301>4")))
