# bytes literals and repr: escapes, quote choice, indexing gives ints.
b = b"A\x00\xff\n\t'\\"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]))
print(b'"', b"'", b"'\"", rb"\n", b"\x7f\x80", bytes(3), bytes([1, 2, 255]))
print(repr(b"abc"), str(b"hi"), bytes("é", "utf-8"), "é".encode(), b"\xc3\xa9".decode())
print(bytearray(b"xy"), bytearray(2), bytes(bytearray(b"z")), b"" == bytes())
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", b"%d-%s" % (5, b"x"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
