# %-formatting of ints: d/i/u/o/x/X/c with flags, width, precision and * args.
for n in (0, 42, -42, 255, 2**70):
    print("%d|%i|%u|%o|%x|%X|%#o|%#x|%#X" % ((n,) * 9))
    print("%5d|%-5d|%05d|%+d|% d|%.3d|%8.4d|%-+8.4x|%#010x" % ((n,) * 9))
print("%*d|%-*d|%.*d|%*.*d" % (6, 7, 6, 7, 3, 7, 6, 3, 7))
print("%c%c%c" % (65, "b", 0x1F600), "%d" % 3.99, "%x" % True, "%d" % -0.5, "%i" % 1e10)
for fmt, arg in (("%d", "1"), ("%x", 1.5), ("%c", 0x110000), ("%c", "ab"), ("%c", -1), ("%o", None)):
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
class I:
    def __index__(self):
        return 11
class N:
    def __int__(self):
        return 12
print("%x %d" % (I(), I()))
try:
    print("%d" % N())
except TypeError as e:
    print(type(e).__name__, e)
