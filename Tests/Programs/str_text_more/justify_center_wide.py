# center/ljust/rjust/zfill/expandtabs with non-ASCII fill characters and text.
for s in ["", "a", "\xe9\xe8", "\u20ac\u20ac\u20ac", "\U0001f600"]:
    print(ascii(s.center(6, "\u2022")), ascii(s.ljust(4, "\xe9")), ascii(s.rjust(5, "\U0001f600")), ascii(s.zfill(4)))
print(ascii("-\xe9".zfill(5)), "+12".zfill(6), "-".zfill(3), "12".zfill(-1), "abc".center(6), "abc".center(7), "ab".center(5, "*"))
for bad in [("ab", 5, "xy"), ("ab", 5, ""), ("ab", 5, 5), ("ab", "5")]:
    try:
        bad[0].center(*bad[1:])
    except TypeError as e:
        print(type(e).__name__, e)
print(ascii("\xe9\tx\t\u20ac\ty".expandtabs()), ascii("a\tb".expandtabs(0)), ascii("\t".expandtabs(3)), ascii("ab\r\tc\n\td".expandtabs(4)))
print(ascii("x".ljust(3, "\U0001f600")), len("x".ljust(3, "\U0001f600")), "x".rjust(2**3, "0"))
