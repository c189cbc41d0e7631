# str() of many objects, str(bytes, encoding), and conversions between str and numbers.
print(str(1), str(-0.0), str(1e100), str([1, "a"]), str((1,)), str({"k": None}), str(None), str(True), str(str))
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"x"), encoding="utf-8"), str(object=5))
print(int("  12  "), float("1e3"), complex("1+2j"), str(10 ** 20), str(1 / 3), str(2.0), str(-1e-7))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError", e)
print(repr(str(1.0)), repr(str(10.0 ** 16)), str(12345678901234567890.0), str(0.1 + 0.7))
