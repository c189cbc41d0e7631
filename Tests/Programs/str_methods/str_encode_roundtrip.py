# encode/decode round trips across utf-8/16/32 for sample code points in every plane, and byte lengths.
samples = "".join(chr(c) for c in (0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF))
for enc in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    b = samples.encode(enc)
    print(enc, len(b), b[:8], b.decode(enc) == samples)
print([len(chr(c).encode()) for c in (0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000)], "é".encode("latin-1"), "€".encode("cp1252"))
for enc in ("ascii", "latin-1"):
    try:
        samples.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.start, e.end, e.reason)
for data, enc in ((b"\xd8\x00", "utf-16-be"), (b"\x00\x00\x11\x00", "utf-32-be"), (b"\xc0\x80", "utf-8"), (b"\xf4\x90\x80\x80", "utf-8")):
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, type(e).__name__, e)
