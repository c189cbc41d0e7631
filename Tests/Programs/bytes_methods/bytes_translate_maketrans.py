# bytes.maketrans/translate with delete, and bytearray.translate.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"hello".translate(None, b"l"))
print(bytearray(b"abc").translate(t), bytearray.maketrans(b"a", b"A")[97])
for f in (lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"), lambda: bytes.maketrans("a", "b")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
