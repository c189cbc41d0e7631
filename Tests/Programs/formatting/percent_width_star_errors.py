# %-formatting width/precision from *, negative * widths, and argument-count errors.
print("%*d|" % (-6, 42), "%-*d|" % (-6, 42), "%.*f|" % (0, 2.5), "%*.*s|" % (5, 2, "abcdef"), "%*s" % (3, "x"))
for fmt, args in (("%*d", (1.5, 2)), ("%.*f", ("a", 1.0)), ("%*d", (5,)), ("%d %d", (1, 2, 3)), ("%d", ()), ("%s", []), ("%5%|", ()), ("%-5%|", ())):
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s%%" % 50, "%c" % "%", "%(a)s%%" % {"a": 1}, "%#.3x|%#o" % (1, 0))
print("%.3s|%10.4s|%-10s|" % ("abcdef", "xyzxyz", "left"), "%05s" % "ab", "%+s" % "ab", "%x" % -255, "%#X" % -255)
