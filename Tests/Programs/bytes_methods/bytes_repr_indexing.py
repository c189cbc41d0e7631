# repr of bytes (quotes, escapes), indexing gives ints, slicing gives bytes.
for b in (b"", b"abc", b"it's", b'say "x"', b"both ' \"", b"\x00\t\n\r\\\x7f\x80\xff"):
    print(repr(b), str(b), ascii(b))
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], list(b), type(b[0]).__name__, 104 in b, b"ll" in b)
for bad in (5, -6):
    try:
        b[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    256 in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    "h" in b
except TypeError as e:
    print(type(e).__name__, e)
print(repr(bytearray(b"a'b")), repr(bytearray()), b + bytearray(b"!"), type(bytearray(b"x") + b"y").__name__)
