# split/rsplit with maxsplit and None separators (keywords too), expandtabs, removeprefix/removesuffix.
from _check import t

t(lambda: ("  x  y  ".split(None, 1), "  x  y  ".rsplit(None, 1), "a b c d".rsplit(maxsplit=2), "a,b,c".rsplit(",")))
t(lambda: ("a b".split(sep=None, maxsplit=0), "  a b  ".split(None, 0), "  a b  ".rsplit(None, 0), "a,,b".split(",", -1)))
t(lambda: ("x".rsplit("x"), "".rsplit(), "a\u3000b\x1cc".split(), "a b".rsplit(" ", 5)))
t(lambda: "a".split(1)); t(lambda: "a".rsplit("")); t(lambda: "a".split(maxsplit=1.5))
t(lambda: ("a\tbb\tccc\t".expandtabs(4), "a\tb".expandtabs(tabsize=2), "x\r\n\ty".expandtabs(3), "\t".expandtabs(-1)))
t(lambda: ("ab".removeprefix("a"), "ab".removesuffix("b"), "ab".removesuffix(""), "ab".removeprefix("abc")))
t(lambda: "ab".removeprefix(1))
