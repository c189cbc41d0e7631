# center/ljust/rjust/zfill with fill chars, odd padding and errors.
for w in (0, 3, 10, 11):
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(6), "--1".zfill(4), "12345".zfill(2))
print("x".center(4), "x".center(5), "xy".center(5), "é".center(5, "日"))
for bad in (("ab",), ("",), (1,)):
    try:
        "abc".center(10, *bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
print(b"ab".center(6, b"*"), b"-3".zfill(4), bytearray(b"x").rjust(3))
