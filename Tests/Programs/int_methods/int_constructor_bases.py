# int(str, base): bases 0 and 2..36, prefixes, underscores, whitespace and errors.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("-10", 3), int("+7", 8))
print(int("  42  "), int("\t-3\n"), int("1_000_000"), int("0x_ff", 0), int("0b_1_0", 0))
print(int("0", 0), int("000", 0), int("00", 10), int("٣"), int("１２"))
print(int(b"12"), int(bytearray(b"-5")), int(b"ff", 16))
for s, b in [("", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("012", 0), ("0x", 16), ("9", 8),
             ("12", 1), ("12", 37), ("12", -1), ("1.5", 10), ("0b2", 0), (" ", 10), ("+-1", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("1", base=2.0)
except TypeError as e:
    print(type(e).__name__, e)
print(int("1" * 40, 2), int("zz" * 10, 36))
