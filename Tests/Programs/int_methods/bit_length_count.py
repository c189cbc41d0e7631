# int.bit_length and int.bit_count over zero, negatives, powers of two and huge ints.
for n in (0, 1, -1, 2, 3, 7, 8, -8, 255, 256, -256, 2**31, 2**63 - 1, -2**63, 10**30, -(10**30), 2**1000):
    print(n if abs(n) < 10**20 else "big", n.bit_length(), n.bit_count())
print(True.bit_length(), False.bit_count())
print((2**64 - 1).bit_count(), (-(2**64 - 1)).bit_count())
print(int.bit_length(12345), int.bit_count(0b101010))
try:
    int.bit_length(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
