# memoryview cast formats: c gives bytes items, b/B/h/H/i/I/q/Q/f/d/?; tolist values, itemsize and bad casts.
raw = bytes([1, 0, 255, 127, 0, 0, 128, 63])
m = memoryview(raw)
for fmt in ("B", "b", "c", "H", "h", "I", "i", "f", "Q", "q", "d", "?"):
    try:
        c = m.cast(fmt)
        print(fmt, c.itemsize, c.nbytes, len(c), c.tolist())
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
for fmt in ("x", "s", "@B", "<i", "zz"):
    try:
        print(m.cast(fmt).format)
    except (TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    m.cast("i").cast("h")
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"abc").cast("c")[1], memoryview(bytearray(b"ab")).cast("c").tolist())
