# upper/lower/casefold/capitalize/title/swapcase over ASCII and special unicode cases.
for s in ("hello World", "ß", "ﬁ", "İstanbul", "ǅungla", "ΣΑΣ", "they're bill's", "123abc", "", "ŉ", "ǰ"):
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.capitalize(), s.title(), s.swapcase())
print("hELLO".capitalize(), "a1b2".title(), "o'neil mc-d".title(), "ΑΣ ΟΣ".lower())
print("Straße".casefold() == "strasse", "ﬀ".upper(), len("ﬃ".upper()))
