# split()/strip()/splitlines() with Unicode whitespace and line boundaries.
s = "\u3000a\u2003b\x85c\xa0d\u2028e\x1cf\u200bg "
print(ascii(s.split()), ascii(s.split(None, 2)), ascii(s.rsplit(None, 2)), ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip()))
t = "one\rtwo\r\nthree\nfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(ascii(t.splitlines()))
print(ascii(t.splitlines(True)))
print(ascii(t.encode("utf-8").splitlines()))
print(ascii("a\u2029".splitlines()), "".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "x\r".splitlines())
print(ascii("\xe9\xe9abc\xe9".strip("\xe9")), ascii("\u20acx\u20ac".rstrip("\u20ac")), ascii("xyz".strip("")), "  ".split(" "))
print(ascii("a\u3000b".split("\u3000")), ascii("\u00e9-\u00e8-\u00ea".rsplit("-", 1)), ascii("\u00e9".partition("")) if False else "skip")
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
