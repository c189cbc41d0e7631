# bytes and bytearray operators: + * comparisons across the two types, hashing equal to str's, iteration, repr.
from _check import t

t(lambda: (b"ab" * 3, 3 * b"ab", b"x" * -1, b"a" + bytearray(b"b"), bytearray(b"a") + b"b"))
t(lambda: (b"a" < b"b", b"abc" > b"ab", b"a" == bytearray(b"a"), bytearray(b"a") <= b"a", b"a" == "a", b"" < b"\x00"))
t(lambda: (hash(b"abc") == hash("abc"), hash(b""), hash(b"a") == hash(bytearray(b"a").__bytes__() if False else b"a")))
t(lambda: (list(b"ab"), list(bytearray(b"\x00\xff")), b"abcd"[::2], b"abcd"[-1], len(b"abc"), bytes(b"\xff\x00"[::-1])))
t(lambda: (repr(bytearray(b"'\"")), repr(b"'"), str(b"x"), ascii(bytearray(b"\n")), [type(x).__name__ for x in (b"", bytearray())]))
t(lambda: b"ab" * 1.5); t(lambda: b"a" + "b"); t(lambda: "b" + b"a"); t(lambda: b"a" < "b"); t(lambda: hash(bytearray(b"a")))
