# %-formatting corners: flags, *, mapping keys, %c/%r/%a, wrong counts and types.
print("%5d|%-5d|%05d|%+d|% d|%x|%#x|%#o|%X|%e|%.2f|%g|%G" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 1.5, 2.345, 1e-5, 1e20))
print("%s|%r|%a|%c|%c|%%|%5s|%-5s|%.2s" % ("s", "r", "\xe9", 65, "z", "abc", "abc", "abc"))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 1, 2, 3.14159, 8, 3, 2.71828))
print("%(a)s %(b)05.1f %(a)r" % {"a": "A", "b": 2.25})
print("%i %u %d" % (1.9, -2.9, True), "%x" % True, "%s" % (1,), "%s" % [1, 2], "%s %s" % (b"b", None))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", (1,)), ("%c", 1.5), ("%c", "ab"),
                  ("%c", 0x110000), ("%z", 1), ("%", ()), ("%(a", {"a": 1}), ("%*d", ("a", 1)), ("%x", 1.5),
                  ("%d", None), ("%s %(a)s", {"a": 1}), ("abc", (1,)), ("%.*f", (1.5, 2.0))]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print("abc" % (), "abc" % {}, "abc" % [] if False else "skip", "%s" % ((1, 2),), "%r" % {"k": 1})
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("%(x)s %(y)s" % D(x=1))
print("%#.0f %#.3g %.0e %#x %#X" % (3.0, 1.0, 12345.0, 0, 0), "%-#8o|" % 8, "%+.3e" % -0.0)
try:
    print("%5%|%-5%|" % ())
except TypeError as e:
    print(type(e).__name__, e)
print("%.3s|%5.1s|" % ("\u20acuro", "\xe9t\xe9"))
