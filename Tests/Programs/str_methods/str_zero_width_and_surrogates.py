# Lone surrogates, combining marks and zero-width characters as str data.
s = "a\ud800b"
print(len(s), repr(s), s[1] == "\ud800", ascii(s), s.isprintable())
print(repr("\u200b"), repr("\u0301"), repr("\ufeff"), repr("\x00"), repr("\u2028"), repr("\U000e0001"))
print(s.encode("utf-8", "replace"), s.encode("utf-16", "surrogatepass")[2:])
print(b"a\xffb".decode("utf-8", "surrogateescape"), repr(b"a\xffb".decode("utf-8", "surrogateescape")))
print(repr(b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
print("e\u0301" == "é", len("e\u0301"), "e\u0301".upper())
