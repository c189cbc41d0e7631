# Exact ValueError messages for invalid format specs across types.
cases = [(1, "q"), (1.5, "q"), ("s", "q"), (1j, "q"), (1, ".5d"), (1, "=s"), ("s", "^=5"), (1, ",,"), (1, "_,"), (1.5, ",_"),
         (1, "10.x"), (1, "1000000000000000000000"), (1.5, ".1000000000000000000000f"), ("s", "+"), (1, "#c"), (True, "s"), (None, "d"), (1, "z"), (1.0, "zd")]
for obj, spec in cases:
    try:
        print(repr(obj), repr(spec), repr(format(obj, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(obj), repr(spec), type(e).__name__, e)
