# memoryview exports: dropped views stop locking a bytearray, sliced and nested views lock it until released; 0-dim views; multi-index and invalid keys.
import gc
ba = bytearray(b"abcdef")
def peek(b):
    return memoryview(b)[1:3].tobytes()
print(peek(ba))
gc.collect()
ba.append(ord("g"))
print(ba)
m = memoryview(ba)
sub = m[::2]
m.release()
for grow in (lambda: ba.extend(b"h"), lambda: ba.pop(), lambda: ba.__delitem__(slice(0, 1)), lambda: ba.__iadd__(b"z")):
    try:
        grow()
    except BufferError as e:
        print(type(e).__name__, e)
ba[0] = ord("A")
ba[1:3] = b"BC"
print(ba, sub.tolist(), sub.c_contiguous, sub.strides)
sub.release()
ba.extend(b"h")
print(ba)
with memoryview(ba) as view:
    print(view[-1], view.nbytes)
ba.clear()
print(ba)
z = memoryview(b"\x01\x02").cast("H", ())
print(z.ndim, z.shape, z.strides, z[()], z.tolist(), z[...] is z, z.c_contiguous, z.tobytes())
for bad in (lambda: z[0], lambda: len(z), lambda: list(z)):
    try:
        bad()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
w = memoryview(bytearray(b"\x00\x00")).cast("H", ())
w[()] = 513
print(w.tobytes(), w.obj)
grid = memoryview(bytearray(range(6))).cast("B", [2, 3])
grid[1, 2] = 99
grid[-1, 0] = 7
print(grid.tolist(), grid[0:1].tolist(), grid[::-1].tolist(), grid[::-1].c_contiguous)
for key in ((0, 0, 0), (slice(None), 0), "a", 1.5, (5, 0)):
    try:
        grid[key]
    except (TypeError, NotImplementedError, IndexError) as e:
        print(repr(key), type(e).__name__, e)
for bad in (lambda: grid.__setitem__(0, 1), lambda: grid.__setitem__(slice(0, 1), b"abc"), lambda: grid.__delitem__((0, 0)),
            lambda: grid[::-1].cast("B"), lambda: grid.cast("H", (3,)), lambda: memoryview(b"ab").cast("B", [0])):
    try:
        bad()
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
