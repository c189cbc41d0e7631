# Error messages of bad format specs for str, int, float and objects.
cases = [("abc", "d"), ("abc", "+"), ("abc", ","), ("abc", "=5"), (1.5, "d"), (1.5, "x"), (5, "s"),
         (object(), "d"), ("x", ".5z"), ([], ">5"), (1, "%%"), (2, ",_"), (3, "_,")]
for value, spec in cases:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(type(value).__name__, repr(spec), type(e).__name__, e)
print(format("abc", ""), format("abc", "5"), format("abc", ".1"), format("abc", "<5") + "|", format("abc", "x^7"))
