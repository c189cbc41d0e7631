# int.from_bytes: byteorder, signed, iterables of ints, errors.
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\xff", "big"))
print(int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(b"\x01" * 20, "big"))
print(int.from_bytes(b"\x05"), int.from_bytes(memoryview(b"\x01\x02"), byteorder="big"))
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x01", "big")).__name__)
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x07", "big")
print(type(r).__name__, r)
for bad in [("abc", "big"), (b"\x01", "sideways"), ([256], "big"), ([-1], "big"), (3, "big")]:
    try:
        print(int.from_bytes(*bad))
    except Exception as e:
        print(type(e).__name__, e)
for n in (0, 1, -1, 127, -128, 2**100, -(2**100)):
    b = n.to_bytes(20, "little", signed=True)
    print(int.from_bytes(b, "little", signed=True) == n)
