# expandtabs with default and custom tab sizes, newlines resetting the column.
s = "a\tbc\tdef\tg\n\tx\r12\ty"
for n in (8, 4, 1, 0, -1, 3):
    print(repr(s.expandtabs(n)))
print(repr("\t".expandtabs()), repr("abcdefgh\ti".expandtabs()), repr("日\t本".expandtabs(4)))
print(b"a\tb".expandtabs(4), bytearray(b"\tq").expandtabs(2))
try:
    "x".expandtabs("4")
except TypeError as e:
    print(type(e).__name__, e)
