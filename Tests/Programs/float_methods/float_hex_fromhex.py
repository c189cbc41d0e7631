# float.hex and float.fromhex, including subnormals, inf/nan and malformed input.
for v in (0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 1024.0):
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
for s in ("0x1p0", "0X1P+1", "0x1.8p1", "-0x.8p0", "0x10", "  0x1p-1074  ", "0x1p-1075", "0x1.fffffffffffff8p1023",
          "inf", "-Infinity", "nan", "0x1.0000000000001p0", "1", "0x.1", "0xa.bp3"):
    try:
        print(s.strip(), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s.strip(), type(e).__name__, e)
for s in ("0x", "0x1p", "hello", "0x1.2.3", "0x1p99999", "", "0x1p1024"):
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
