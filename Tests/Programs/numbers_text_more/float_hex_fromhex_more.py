# float.hex and float.fromhex on normal, subnormal, boundary and malformed inputs.
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-310, 5e-324, 1.7976931348623157e308, 2.0**-1022, 3.0, 1/3]:
    print(repr(x), x.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p1024",
          "0x1.fffffffffffffp1023", "0x.8", "0x8.", "1p4", "0X1P+4", "  0x1p3  ", "inf", "-Infinity",
          "nan", "0x1.gp0", "0x", "", "0x1p", "0x1p+", "0x1_0p0", "0x1.8", "+0x1.", "0x0p9999999",
          "0x1.000000000000080p0", "0x1.000000000000081p0", "0x1.000000000000180p0"]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex(5)
except TypeError as e:
    print(type(e).__name__, e)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
print(float.fromhex(float.hex(0.1)) == 0.1)
