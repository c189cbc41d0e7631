# bytes(): from nothing, a count, an iterable of ints, a str with an encoding, __bytes__ and buffers.
from _check import t


class WithBytes:
    def __bytes__(self):
        return b"xy"


class BadBytes:
    def __bytes__(self):
        return "no"


t(lambda: bytes()); t(lambda: bytes(3)); t(lambda: bytes([1, 2, 255])); t(lambda: bytes(range(65, 70)))
t(lambda: bytes("é", "utf-8")); t(lambda: bytes("é", encoding="latin-1")); t(lambda: bytes("é", "ascii", "replace"))
t(lambda: bytes(WithBytes())); t(lambda: bytes(bytearray(b"q"))); t(lambda: bytes(x for x in (104, 105)))
t(lambda: bytes([1, 300])); t(lambda: bytes([-1])); t(lambda: bytes(["a"])); t(lambda: bytes("x"))
t(lambda: bytes(-1)); t(lambda: bytes(1.5)); t(lambda: bytes(b"ab", "utf8")); t(lambda: bytes(BadBytes()))
t(lambda: bytes(encoding="utf-8")); t(lambda: bytes("x", 1))
