# int() with bases, prefixes, whitespace, underscores, and its error messages.
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("0o17", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("-10", 8), int(" 12_3 ", 10))
print(int(), int(7.9), int(-7.9), int(True), int("0"), int("000"), int("-0"))
for s, base in [("12", 2), ("0x", 16), ("", 10), ("1 2", 10), ("_1", 10), ("0b2", 0), ("010", 0), ("abc", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError", e)
class N:
    def __index__(self): return 9
    def __int__(self): return 4
print(int(N()), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100][N()], bin(N()))
