# format-spec fill and alignment (<, >, ^, =) for str, int and float, with odd widths.
for spec in ("<8", ">8", "^8", "^7", "*<8", "*>8", "_^9", "0>6", "=^5", "<", ">1", "日^7"):
    print(repr(spec), repr(format("abc", spec)), repr(format(42, spec)), repr(format(-1.5, spec)))
for spec in ("=8", "*=8", "0=+8", "08", "+08", "-08"):
    print(repr(spec), repr(format(-42, spec)), repr(format(3.5, spec)))
try:
    format("abc", "=8")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", "08")
except ValueError as e:
    print(type(e).__name__, e)
print(repr(format("", "^3")), repr(format("abcdef", "<3")), repr(format(123456, "3")))
