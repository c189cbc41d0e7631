# int() accepts Unicode decimal digits and whitespace; rejects superscripts, fractions and mixed scripts with underscores.
for s in ("٤٢", "۴۲", "४२", "４２", " \u2003 7 \u3000", "\x1c9\x1f", "1\u00a0", "²", "½", "Ⅻ", "٤_٢", "4\u200b2", "๓", "𝟗𝟗"):
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(int("٤٢", 16), float("٤.٥"))
try:
    print(int("ｆｆ", 16))
except ValueError as e:
    print(type(e).__name__, e)
