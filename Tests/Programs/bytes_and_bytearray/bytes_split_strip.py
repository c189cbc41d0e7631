# bytes splitting, partitioning, stripping and joining, with their separators' corners.
from _check import t

t(lambda: (b"a,b,,c".split(b","), b" a  b ".split(), b"a b c".split(None, 1), b"a b c".rsplit(None, 1)))
t(lambda: (b"a,b,c".rsplit(b",", 1), b"  x  y  ".split(maxsplit=1), b"".split(), b"".split(b",")))
t(lambda: (b"x\ny\r\nz\rw".splitlines(), b"x\ny\n".splitlines(keepends=True), b"a\x0bb".splitlines()))
t(lambda: (b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x")))
t(lambda: (b"  x \t\n".strip(), b"xxaxx".strip(b"x"), b"xxa".lstrip(b"x"), b"axx".rstrip(b"x"), b"  a".lstrip()))
t(lambda: (b"-".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), b", ".join(iter([b"x"]))))
t(lambda: (b"abcabc".replace(b"b", b"XY"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-")))
t(lambda: (b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"ab".removesuffix(b"")))
t(lambda: b"a".split(b"")); t(lambda: b"a".split("a")); t(lambda: b"a".partition(b"")); t(lambda: b"a".strip("a"))
t(lambda: b"-".join([b"a", "b"])); t(lambda: b"-".join([1]))
