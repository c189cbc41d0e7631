# memoryview equality across formats and with bytes, slicing steps, tobytes order and nested views.
a = memoryview(b"abcdef")
print(a[::2] == b"ace", a[::-1].tobytes(), a[1:-1][1:3].tobytes(), a[4:2].tobytes(), len(a[::3]), a[-2:].tolist())
print(memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00").cast("H"), memoryview(b"ab") == bytearray(b"ab"), memoryview(b"ab") == "ab")
import array
print(memoryview(array.array("i", [1, 2])) == array.array("i", [1, 2]), memoryview(array.array("b", [1])) == memoryview(b"\x01"))
print(memoryview(array.array("d", [float("nan")])) == memoryview(array.array("d", [float("nan")])))
sub = a[1:5]
print(sub.obj is a.obj, memoryview(sub).tobytes(), bytes(sub[::2]), sub.tobytes() == a.tobytes()[1:5], sub.nbytes)
try:
    a < a
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(b"").tobytes(), memoryview(b"").tolist(), bytes(memoryview(b"xyz")[10:]))
