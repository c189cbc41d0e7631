# strip/lstrip/rstrip with default whitespace and char sets, removeprefix/removesuffix.
s = " \t\n\x0b\x0c\r\x1c\u3000 mid dle \u2003\x85"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "abc".strip(""), "aaa".strip("a"), "hello".strip(None))
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ipz"))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "test.py".removesuffix(".py"), "a".removesuffix(""))
print("aaa".removeprefix("a"), "".removesuffix("x"))
try:
    "abc".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), bytearray(b"--a").lstrip(b"-"), b"ab.txt".removesuffix(b".txt"))
