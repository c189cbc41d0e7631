# bytes case methods and predicates (ASCII only), padding, zfill, expandtabs and translate.
from _check import t

t(lambda: (b"Hello World \xe9".upper(), b"HeLLo".lower(), b"aBc".swapcase(), b"hello wORLD".capitalize(), b"they're bill's".title()))
t(lambda: (b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"".isspace(), b"\x80".isascii(), b"".isascii()))
t(lambda: (b"abc1".islower(), b"ABC".isupper(), b"1".isupper(), b"Hello World".istitle(), b"Hello world".istitle(), b"".istitle()))
t(lambda: (b"abc".center(9, b"*"), b"abc".center(4), b"ab".ljust(5, b"."), b"ab".rjust(1), b"-5".zfill(4), b"+".zfill(3)))
t(lambda: (b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4), b"x\r\ty".expandtabs(2), b"\t".expandtabs(0)))
t(lambda: (b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"), b"abcd".translate(None, delete=b"ad")))
t(lambda: b"abc".ljust(5, "*")); t(lambda: b"abc".center(5, b"**")); t(lambda: b"a".translate(b"short")); t(lambda: bytes.maketrans(b"a", b"bc"))
t(lambda: (bytearray(b"abc").upper(), bytearray(b"a b").split(), bytearray(b"x").center(3)))
