# hex/oct/bin and format b/o/x with __index__, negatives, huge values and non-integers.
for v in [0, 1, -1, 255, -256, 2**64, -(2**100), True]:
    print(v if abs(v) < 2**70 else "big", hex(v), oct(v), bin(v))
class Ix:
    def __index__(self):
        return 42
print(hex(Ix()), oct(Ix()), bin(Ix()), format(Ix(), "x") if False else "skip")
for bad in [1.0, "1", None, Ix]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class BadIx:
    def __index__(self):
        return "no"
try:
    bin(BadIx())
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, "#x"), format(255, "#X"), format(-255, "#o"), format(5, "#010b"), format(-5, "08b"))
print(format(2**70, "_x"), format(2**40, "_b"), format(10**6, "_o"), "{:#_b}".format(255))
print(int(hex(2**100), 16) == 2**100, int(oct(-77), 8), int(bin(-5), 0))
