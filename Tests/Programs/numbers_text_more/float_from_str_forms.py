# float(str): accepted spellings (inf, nan, underscores, unicode digits, whitespace) and errors.
cases = ["1", " 1.5 ", "-0", "+.5", "5.", ".5e1", "1e5", "1E-5", "1_000.5", "1__0", "_1", "1_",
         "1_e5", "1e_5", "inf", "-INF", "Infinity", "+infinity", "nan", "-NaN", "nan(1)", "infinit",
         "0x10", "1e400", "-1e400", "1e-400", "\u0661.\u0665", "\xa01.0\u2003", "", " ", "1.0.0",
         "e5", "1e", "--1", "1 2", "0.000000000000000000000000000000001", "123456789012345678901234567890",
         "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324"]
for s in cases:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(b"1.5"), float(bytearray(b" 2 ")), float(memoryview(b"3") if False else b"3"))
for bad in [b"\xff", None, [1], "1j"]:
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
class BadFlt:
    def __float__(self):
        return 1
print(float(Idx()), float(Flt()))
try:
    float(BadFlt())
except TypeError as e:
    print(type(e).__name__, e)
print(float(), float(10**20), float(True), float(-0))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
