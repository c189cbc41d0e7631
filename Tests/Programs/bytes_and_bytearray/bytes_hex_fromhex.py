# bytes.hex with separators and groups; bytes.fromhex / bytearray.fromhex with whitespace and errors.
from _check import t

t(lambda: (b"hello".hex(), b"".hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex(":", 2)))
t(lambda: (b"\x01\x02\x03\x04\x05".hex(b"-", -2), bytearray(b"\xff\x00").hex(" "), b"\xab\xcd".hex(sep="_", bytes_per_sep=1)))
t(lambda: b"ab".hex("::")); t(lambda: b"ab".hex(1))
t(lambda: (bytes.fromhex("de ad BE EF"), bytes.fromhex(""), bytes.fromhex(" 0a\t0b\n"), bytearray.fromhex("0a0b")))
t(lambda: bytes.fromhex("zz")); t(lambda: bytes.fromhex("a")); t(lambda: bytes.fromhex("0 a")); t(lambda: bytes.fromhex(b"00"))
