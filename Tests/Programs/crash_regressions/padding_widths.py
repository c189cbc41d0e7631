# Padding widths of str and bytes methods: huge, too large for ssize_t, negative and non-int.
class Huge:
    def __index__(self):
        return 2**62

cases = [
    lambda: "abc".center(2**62),
    lambda: "abc".ljust(2**62, "x"),
    lambda: "abc".rjust(2**63),
    lambda: "ab".zfill(2**62),
    lambda: "ab".zfill(2**63 - 1),
    lambda: "ab".zfill(-2**70),
    lambda: "ab".zfill("x"),
    lambda: "ab".center(1.5),
    lambda: b"abc".center(2**62),
    lambda: bytes.center(b"abc", Huge()),
    lambda: bytearray(b"ab").zfill(2**64),
    lambda: b"ab".ljust(-5),
    lambda: "-7".zfill(5),
    lambda: "ab".center(7, "*"),
    lambda: b"+3".zfill(4),
]
for case in cases:
    try:
        print(repr(case()))
    except Exception as e:
        print(type(e).__name__, e)
