# Case methods: upper, lower, title, capitalize, swapcase, casefold, including non-ASCII.
for s in ["hello world", "HELLO", "hELLo wORLD", "they're bill's", "straße", "ǆemal", "ΣΊΣΥΦΟΣ", "ﬁne", "123abc", ""]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ß".upper(), len("ß".upper()), "İ".lower(), len("İ".lower()), "ŉ".upper())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "123".isupper(), "A1".isupper())
