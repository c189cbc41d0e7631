# struct over _struct: every format character, byte orders, native alignment, the Struct
# type, buffers and offsets, and the errors with CPython's messages.
import struct
from array import array


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for order in "@=<>!":
    fmt = order + "bBhHiIlLqQ?efd"
    values = (-1, 255, -300, 65535, -70000, 4000000000, -5, 5, -2 ** 62, 2 ** 63, True, 1.5, 0.1, -2.25)
    packed = struct.pack(fmt, *values)
    print(order, struct.calcsize(fmt), packed.hex(), struct.unpack(fmt, packed))
print(struct.pack("nNP", -3, 3, 4096).hex(), struct.calcsize("nNP"))
for fmt in ("ci", "ic", "bq", "b0q", "hd", "xxh", "3sI", "=3sI", "i i", " 2h ", "0s", "5p", "e", "@?d"):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("0s", b"x"), struct.pack("s", bytearray(b"q")))
print(struct.pack("5p", b"abcdefgh"), struct.unpack("5p", b"\x09abcd"), struct.pack("c?x", b"z", []))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x7c"), struct.pack(">e", 65504.0), struct.pack("<e", -0.0))
print(struct.pack("<e", 1e-8), struct.pack("<e", 6.1e-5), struct.unpack("<e", struct.pack("<e", 0.1)))
print(struct.pack("@f", 1e300), struct.unpack("?", b"\x05"), struct.pack("<Q", 2 ** 64 - 1))


class Index:
    def __index__(self):
        return 7


print(struct.pack("i", Index()), struct.pack("d", Index()), struct.pack("d", 3), struct.pack("i", True))

s = struct.Struct("<hi")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), struct.Struct(b">I").format)
buf = bytearray(10)
s.pack_into(buf, 2, -1, -2)
struct.pack_into(">h", buf, -2, 258)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from("<h", buf, -2))
arr = array("b", [0] * 6)
struct.pack_into("<hi", arr, 0, 3, 4)
print(arr)
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(it.__length_hint__(), list(it), list(struct.Struct("<b").iter_unpack(b"\x01\x02")))
print(struct.unpack("<i", memoryview(b"\x01\x00\x00\x00")), struct.unpack("<h", array("h", [5])))

for fmt in "bBhHiIlLqQnN":
    for order in "@<>":
        if order != "@" and fmt in "nN":
            continue
        for v in (-2 ** 64, -2 ** 63, -40000, -1, 256, 70000, 2 ** 32, 2 ** 63, 2 ** 64, 1.5, "x"):
            attempt(lambda: struct.pack(order + fmt, v))
for fmt in ("e", "f", "<f", "d"):
    for v in (1e300, "x", 10 ** 400):
        attempt(lambda: struct.pack(fmt, v))
attempt(lambda: struct.pack("c", b"ab"))
attempt(lambda: struct.pack("c", bytearray(b"a")))
attempt(lambda: struct.pack("s", "ab"))
attempt(lambda: struct.pack("p", 1))
attempt(lambda: struct.pack("2i", 1))
attempt(lambda: struct.pack("z", 1))
attempt(lambda: struct.pack("<P", 1))
attempt(lambda: struct.pack("3"))
attempt(lambda: struct.calcsize("1 i"))
attempt(lambda: struct.calcsize(1))
attempt(lambda: struct.calcsize("999999999999999999999i"))
attempt(lambda: struct.unpack("i", b"abc"))
attempt(lambda: struct.unpack_from("i", b"abcdefg", 5))
attempt(lambda: struct.unpack_from("i", b"abcdefg", -1))
attempt(lambda: struct.unpack_from("i", b"abcdefg", -10))
attempt(lambda: struct.pack_into("i", bytearray(3), 0, 1))
attempt(lambda: struct.pack_into("i", bytearray(6), 4, 1))
attempt(lambda: struct.pack_into("i", bytearray(6), -2, 1))
attempt(lambda: struct.pack_into("i", bytearray(6), -9, 1))
attempt(lambda: struct.pack_into("i", b"123456", 0, 1))
attempt(lambda: struct.pack_into("i", bytearray(6), 0, 1, 2))
attempt(lambda: list(struct.iter_unpack("i", b"abcde")))
attempt(lambda: list(struct.iter_unpack("", b"abcde")))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
