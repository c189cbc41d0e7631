# memoryview cast to 2-D shapes: tolist, shape/strides, indexing with tuples, and errors.
m = memoryview(bytes(range(12))).cast("B", (3, 4))
print(m.shape, m.strides, m.ndim, m.nbytes, m.tolist(), m[1, 2], m[2, 3], m.c_contiguous)
for bad in (lambda: m[1], lambda: m[5, 0], lambda: m[0:1], lambda: m.cast("B", (5, 5))):
    try:
        bad()
    except (NotImplementedError, IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
flat = m.cast("B")
print(flat.shape, flat.tolist()[-3:], bytes(flat[::3]))
h = memoryview(bytearray(8)).cast("h")
h[0] = -2
h[3] = 300
print(h.tolist(), h.format, h.itemsize, bytes(h.obj)[:2])
try:
    h[1] = 70000
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
