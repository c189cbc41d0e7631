# int->float rounds half to even at 2**53 and beyond; float->int is exact; int/int is correctly rounded.
for n in (2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 10**22, 10**23, 2**1023 * 3 // 2):
    f = float(n)
    print(n, repr(f), int(f) - n)
print(int(1e300) == 10**300, int(1e300) - 10**300 < 10**284, int(1e22), int(1e23), int(-2.5e-3), int(2.0**100))
print((2**53 + 1) / 1, 1 / 3 == float(1) / 3, (10**30) / 3, (2**80 + 1) / 2**27, 7 / 10**30, (3**200) / (3**199))
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**1024 - 2**971))
