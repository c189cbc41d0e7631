# bytes center/ljust/rjust/zfill/expandtabs/isascii/removeprefix and replace.
b = b"ab"
print(b.center(6), b.ljust(5, b"."), b.rjust(5, b"0"), b"-7".zfill(4), b"a\tb".expandtabs(4), b.center(1))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.tmp".removesuffix(b".tmp"), b"aaa".replace(b"a", b"bb", 2))
for f in (lambda: b.center(5, "x"), lambda: b.ljust(5, b"xy"), lambda: b.rjust("5")):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
