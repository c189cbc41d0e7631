# bytes split/rsplit/join/strip/partition with default whitespace and explicit separators.
b = b"  a b\tc\n\x0bd\x1c  "
print(b.split(), b.rsplit(None, 1), b.strip(), b.lstrip(), b.rstrip(), b.split(b" "), b.split(maxsplit=1))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"".split(), b"".split(b","), b",".join([b"x", b"y"]))
print(b"xxaxx".strip(b"x"), b"abc".strip(b""), bytearray(b"--x--").strip(b"-"), b"k=v".partition(b"="), b"a=b=c".rpartition(b"="))
for f in (lambda: b"a".split(b""), lambda: b"a".split("a"), lambda: b"".join(["a"]), lambda: b"a".strip("a")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"a\x85b".split(), "a\x85b".split())
