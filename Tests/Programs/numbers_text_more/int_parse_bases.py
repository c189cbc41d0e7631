# int(str, base): prefixes, underscores, whitespace, signs, base 0 rules and error messages.
cases = [("0x1F", 16), ("0x1F", 0), ("1F", 16), ("0b101", 0), ("0o17", 0), ("017", 0),
         ("0", 0), ("00", 0), ("000_0", 0), ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
         ("  -42  ", 10), ("+7", 10), ("- 7", 10), ("z", 36), ("Z", 36), ("10", 2), ("12", 2),
         ("0b", 0), ("0x_ff", 16), ("0x_ff", 0), ("0X_FF", 0), ("0B1", 2), ("0o8", 8),
         ("\u0661\u0662", 10), ("\uff11\uff10", 16), ("", 10), (" ", 10), ("1.0", 10),
         ("9" * 30, 10), ("-0", 0), ("+0x10", 0), ("0x10", 10), ("10", 37), ("10", 1), ("10", -1)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__, e)
for b in [2, 8, 10, 16, 36]:
    print(b, int("11", b), int("-11", base=b))
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("10", "2")
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"  12 "), int(bytearray(b"0x1f"), 16), int(b"z", 36))
try:
    int(b"\xff")
except ValueError as e:
    print(type(e).__name__, e)
class B:
    def __index__(self):
        return 16
print(int("ff", B()))
print(int(), int(base=10) if False else "base-only-skip", int(x="5") if False else "x-skip")
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)
