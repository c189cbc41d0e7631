# chr and ord over the whole code point range and their errors.
print(chr(0) == "\x00", chr(65), chr(0x10FFFF) == "\U0010ffff", chr(0xD800) == "\ud800", ord("a"), ord("😀"), ord(b"A"), ord(bytearray(b"z")))
print([ord(c) for c in "é日"], chr(True), chr(0x1F600))
for f in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.0), lambda: chr("a"), lambda: ord("ab"), lambda: ord(""),
          lambda: ord(b"ab"), lambda: ord(5), lambda: chr(2**70)):
    try:
        f()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 97
print(chr(I()))
