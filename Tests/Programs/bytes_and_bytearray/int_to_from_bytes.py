# int.to_bytes and int.from_bytes: byte orders, signed two's complement, lengths and overflow.
from _check import t

for v, n, order, signed in [(0, 1, "big", False), (255, 1, "big", False), (256, 1, "big", False), (-1, 1, "big", True),
                            (-128, 1, "little", True), (-129, 1, "big", True), (127, 1, "big", True), (128, 1, "big", True),
                            (2 ** 64 + 5, 9, "little", False), (-2 ** 70, 9, "big", True), (-1, 2, "big", False), (0, 0, "big", False)]:
    t(lambda: v.to_bytes(n, order, signed=signed))
t(lambda: ((5).to_bytes(), (1).to_bytes(2, byteorder="little"), True.to_bytes(1, "big"))); t(lambda: (5).to_bytes(2, "middle"))
for data, order, signed in [(b"", "big", False), (b"\xff", "big", True), (b"\x00\x80", "little", True), (b"\x01\x02\x03" * 5, "big", False),
                            ([1, 2], "big", False), (bytearray(b"\x80\x00"), "big", True)]:
    t(lambda: int.from_bytes(data, order, signed=signed))
t(lambda: (int.from_bytes(b"\x01"), bool.from_bytes(b"\x01", "big"))); t(lambda: int.from_bytes("ab", "big"))
