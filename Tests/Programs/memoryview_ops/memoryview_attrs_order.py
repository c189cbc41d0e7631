# memoryview attributes (suboffsets, f_contiguous), tobytes(order), toreadonly, hex with separators, and len of casts.
m = memoryview(bytearray(range(6)))
print(m.suboffsets, m.f_contiguous, m.contiguous, m.tobytes("C"), m.tobytes("F"), m.tobytes("A"), m.tobytes(None))
c = m.cast("B", (2, 3))
print(c.tolist(), c.tobytes("C"), c.tobytes("F"), c.f_contiguous, c.c_contiguous, len(c), c.shape, c.strides)
r = m.toreadonly()
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(r.readonly, m.readonly, r.hex(":"), m[::2].hex(), m[::2].contiguous, m[::2].c_contiguous)
try:
    m.tobytes("Z")
except ValueError as e:
    print(type(e).__name__, e)
