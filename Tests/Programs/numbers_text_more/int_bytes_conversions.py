# int.to_bytes / int.from_bytes: byteorder, signed, default arguments (3.11), overflow messages.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(), (255).to_bytes(1))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (127).to_bytes(1, "big", signed=True))
for v, n, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, 0, False), (0, -1, False)]:
    try:
        print(v.to_bytes(n, "big", signed=signed))
    except (OverflowError, ValueError) as e:
        print(v, n, type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, byteorder=5)
except TypeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x00\x01"), int.from_bytes(b"\x00\x01", "little"), int.from_bytes(b""))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print(int.from_bytes(iter([0, 255]), "little"), int.from_bytes(memoryview(b"\x01\x00"), "little"))
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes("ab", "big")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes(5, "big")
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x05", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
big = 2**200 + 12345
print(int.from_bytes(big.to_bytes(26, "big"), "big") == big, len((2**64).to_bytes(9, "little")))
print((-2**63).to_bytes(8, "big", signed=True), (2**63 - 1).to_bytes(8, "little", signed=True))
print((True).to_bytes(2, "big"), (5).to_bytes(length=2, byteorder="little"))
