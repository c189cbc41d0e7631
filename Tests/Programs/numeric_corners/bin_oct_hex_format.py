# bin/oct/hex and format with b/o/x/X/# for negatives, zero and huge ints.
for n in (0, 1, -1, 255, -255, 2**64, -(2**100) + 1, True):
    print(bin(n), oct(n), hex(n), format(n, "b"), format(n, "#o"), format(n, "X"), format(n, "#X"))
print(format(255, "08b"), format(-5, "#010b"), format(255, "_x"), format(2**32, "_b"), format(-255, "+#x"))
print(format(1234567, "_o"), format(10**10, "#_x"), f"{-42:#06x}", f"{42:^#10o}")
for bad in (1.5, "1", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    format(1.5, "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(3, ",b")
except ValueError as e:
    print(type(e).__name__, e)
