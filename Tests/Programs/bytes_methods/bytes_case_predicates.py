# bytes case methods and predicates only touch ASCII letters.
for b in (b"Hello World", b"\xe9t\xe9", b"123", b"", b"  ", b"ABC", b"a1", b"Title Case", b"\xff"):
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isalpha(), b.isdigit(), b.isalnum(),
          b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
print(bytearray(b"mIxEd").swapcase(), bytearray(b"abc").upper())
