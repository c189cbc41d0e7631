# bin/oct/hex with __index__ objects and bools, and int() parsing their output back.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
for v in (0, 7, -7, 2**100, -(2**65)):
    s = (bin(I(v)), oct(I(v)), hex(I(v)))
    print(s[0][:40], s[1][:30], s[2], [int(x, 0) == v for x in s])
print(bin(True), oct(False), hex(True), int("-0b11", 0), int("-0o17", 0), int("-0x1F", 0), int("0b11", 2), int("0o17", 8), int("0x1f", 16))
for bad in (I(1.5), I(None)):
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
