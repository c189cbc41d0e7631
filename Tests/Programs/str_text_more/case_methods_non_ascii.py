# Case mapping on non-ASCII text: special casing (ß, ŉ, ǅ, final sigma), title, swapcase, casefold.
words = ["stra\xdfe", "\u0149", "\u01c5ungla", "\u03a3\u0391\u03a3", "\u039f\u0394\u039f\u03a3 \u03a3", "\u0130stanbul",
         "\ufb01ne \ufb00", "\u1e9e", "\u0131i", "\u00b5", "\u2160\u2170", "\U00010400\U00010428", "\u0345", "h\u00e9llo W\u00d6RLD"]
for w in words:
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.title()), ascii(w.swapcase()), ascii(w.casefold()),
          ascii(w.capitalize()), w.isupper(), w.islower(), w.istitle())
print(ascii("\u03c3\u03c3 \u03c3".upper().lower()), ascii("A\u03a3".lower()), ascii("A\u03a3b".lower()), ascii("\u03a3".lower()))
print(ascii("'s o'neil 3rd x1y".title()), ascii("\u01c6\u01c4".title()), ascii("\u00df".capitalize()))
print(len("\ufb03".upper()), len("\u0390".upper()), "\u00df".upper() == "SS", "MASSE".casefold() == "Ma\xdfe".casefold())
