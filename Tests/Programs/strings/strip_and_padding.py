# strip family, center/ljust/rjust, zfill, expandtabs, removeprefix/removesuffix.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixyx".strip("xy")), repr("abc".strip("")))
print(repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".center(1)), repr("odd".center(6, "-")))
print(repr("7".ljust(4, "0")), repr("7".rjust(4)), repr("long".rjust(2)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(5), "".zfill(3), "-".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\tx".expandtabs(3)))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "file.tar.gz".removesuffix(".gz"), "a".removesuffix(""))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
