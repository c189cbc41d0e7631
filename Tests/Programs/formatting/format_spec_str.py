# format-spec for strings: precision truncation, s type, and errors for numeric-only options.
for spec in ("", "s", ".2", ".0s", "10.3", ">10.5s", "^5.1", "<0"):
    print(repr(spec), repr(format("abcdefgh", spec)), repr(format("日本語", spec)))
for spec in ("d", "+", " ", ",", "#", "=5", "05", "x", "z"):
    try:
        print(format("abc", spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(None), format(None, ""), format([1, 2]), format((1,), ""), repr(format(b"x", "")))
try:
    format(None, "s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], ">5")
except TypeError as e:
    print(type(e).__name__, e)
