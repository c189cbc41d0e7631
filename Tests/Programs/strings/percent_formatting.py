# printf-style % formatting: conversions, flags, width and precision from *, mappings and errors.
print("%s|%r|%a|%d|%i|%u|%5d|%-5d|%05d|%+d|% d" % ("s", "r", "é", 42, 42.9, 7, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%c|%c|%%|%e|%.2E|%g|%.3g" % (255, 255, 255, 8, 8, 65, "Z", 1234.5, 1234.5, 0.00001, 1234.5))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bob", "age": 30})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%.2s" % "abcdef", "%5.1s|" % "xyz", "%s" % None)
print("%d" % True, "%f" % 1, "%d" % 3.99, "%x" % -255, "%o" % -8, "%10.4f|" % -3.14159)
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "x"), ("%(k)s", (1,)), ("%z", 1), ("%c", "ab"), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s and %d and %x and %c" % (b"bytes", 5, 255, 65))
