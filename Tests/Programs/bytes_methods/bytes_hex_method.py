# bytes.hex with separators and group sizes, for bytes, bytearray and memoryview.
b = bytes(range(250, 256)) + b"\x00\x01"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("_", -3), b.hex(b" ", 1), b"".hex(":"), b"\x01".hex(":", 5))
print(bytearray(b"\xab\xcd").hex(), memoryview(b"\x01\x02\x03").hex("."), b"abc".hex(sep="|", bytes_per_sep=2))
for sep in ("::", "é", 1):
    try:
        b.hex(sep)
    except (ValueError, TypeError) as e:
        print(repr(sep), type(e).__name__, e)
