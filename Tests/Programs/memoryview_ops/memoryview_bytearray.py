# memoryview over bytearray: writes through, slice assignment sizes, resize blocked while exported.
ba = bytearray(b"hello")
m = memoryview(ba)
m[0] = ord("J")
m[1:3] = b"EL"
print(ba, m.readonly, m.tobytes())
for f in (lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, b"x")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba.append(33)
except BufferError as e:
    print(type(e).__name__, e)
m.release()
ba.append(33)
print(ba)
m = memoryview(ba)[1:4]
print(m.tobytes(), m.obj is ba, bytes(m.toreadonly()), m.toreadonly().readonly)
m2 = memoryview(bytearray(b"\x01\x02\x03\x04"))
print(m2.cast("H").tolist() == [0x0201, 0x0403], m2.cast("B", (2, 2)).tolist(), m2.cast("I").nbytes)
try:
    m2.cast("I", (3,))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
