# memoryview over bytes: indexing, slicing, tobytes/tolist/hex, attributes, readonly errors.
m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.tobytes(), bytes(m[::-1]), m.hex(), len(m), m.nbytes)
print(m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.contiguous, m.c_contiguous, m.obj)
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[10]
except IndexError as e:
    print(type(e).__name__, e)
print(m == b"abcdef", m[1:3] == b"bc", m == memoryview(b"abcdef"), m != b"x", list(m[2:4]))
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
print(hash(m) == hash(b"abcdef"))
with memoryview(b"ctx") as mm:
    print(mm.tobytes())
try:
    mm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
m2 = memoryview(b"rel")
m2.release()
print(repr(m2)[:18])
