# float() from strings, ints, bytes and __float__/__index__ objects, with errors.
for s in ("1.5", "  -2.25\n", "1e3", "1E-3", "inf", "-INF", "Infinity", "nan", "-nan", "+0.0", "-0", "1_000.5",
          ".5", "5.", "0x10" , "1e", "", "1__0", "_1", "1.5.2", "١٫٥", "１.５", "infinity ", "in f"):
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(7), float(-0), float(True), float(10**20), float(b"2.5"), float(bytearray(b"-1")))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
class A:
    def __float__(self):
        return 1.25
class B:
    def __index__(self):
        return 3
class C:
    def __float__(self):
        return 1
print(float(A()), float(B()))
for bad in (C(), None, [1.0], 1j):
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(float("1" * 400) == float("inf"), float("1e-400"), float("-1e-400"), float("1e400"))
