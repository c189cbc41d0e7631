# %s %r %a %% with widths/precision, tuple vs single argument and mapping keys.
print("%s|%r|%a|%%" % ("é", "é", "é"), "%5s|%-5s|%.2s|%5.1s|" % ("abc", "ab", "xyz", "qrs"))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, 2), "%r" % ((1, 2),), "%s" % {"a": 1}, "%%s" % ())
print("%(name)s is %(age)d, %(name)r" % {"name": "Bo", "age": 7}, "%(x)5.1f|" % {"x": 2.25}, "%()s" % {"": "empty"})
for fmt, args in (("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%(a)s", {}), ("%z", 1), ("%", ()),
                  ("%(a", {"a": 1}), ("%*s", ("x", "y")), ("%s %(a)s", {"a": 1}), ("abc", 5), ("abc", ())):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("abc" % {}, "abc" % [], "%s" % None, "%-6r|" % None, "%a" % "日\n")
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "S!"
print("%s %r %a" % (R(), R(), R()), b"%s %r" % (b"x", b"y"), b"%a %c %d" % ("\xe9", 65, 5))
