# bytes %-formatting: %b/%s with bytes-likes, %c, numbers and the errors for str args.
print(b"%b|%s|%5b|%-5s|" % (b"ab", bytearray(b"cd"), b"x", memoryview(b"y")))
print(b"%d %x %o %#X %.2f %e %c %c %%" % (10, 255, 8, 255, 2.5, 1e3, 66, b"C"))
print(bytearray(b"%s-%s") % (b"1", b"2"), b"%(k)s" % {b"k": b"v"}, b"%r" % "é")
for fmt, arg in ((b"%s", "str"), (b"%b", 1), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%s", None)):
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(fmt, type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"BYTES"
print(b"%s %b" % (B(), B()))
