# memoryview over array.array: formats, itemsize, cast between types and tolist.
import array
a = array.array("i", [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1], m[::-1].tolist(), len(m))
m[0] = 100
print(a, m.cast("B").nbytes, bytes(m.cast("b")[:4]) == (100).to_bytes(4, "little", signed=True))
d = array.array("d", [1.5, -0.25])
md = memoryview(d)
print(md.format, md.tolist(), md[0], md.itemsize)
try:
    md[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0] = 2**40
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print(memoryview(array.array("B", [1, 2])) == b"\x01\x02", array.array("b", b"\x01\xff").tolist())
