# chr/ord limits, ascii() and repr() escaping for every kind of code point.
for c in [0, 9, 10, 31, 127, 128, 160, 173, 255, 256, 0x7FF, 0xD800, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0xE0001]:
    ch = chr(c)
    print(c, repr(ch), ascii(ch), ord(ch), ch.isprintable())
for bad in [-1, 0x110000, 2**64, 1.0, "a"]:
    try:
        chr(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab", 5, bytearray(b"")]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"\xff")), ascii(b"\xff"), ascii([1, "\xe9"]), ascii({"k": "\u20ac"}))
print(repr("'\""), repr("'"), repr('"'), repr("\\"), ascii("\x7f\x80"), repr("\u2028\u200b\ufeff"))
