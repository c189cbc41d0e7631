# bytes is*/splitlines/count/title with non-ASCII bytes left untouched.
for b in (b"abc", b"ABC", b"Abc Def", b"a\xe9", b"\x00", b"12 34", b" \t\n\r\x0b\x0c", b"\x1c"):
    print(b, b.isalnum(), b.isalpha(), b.isdigit(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
print(b"one\ntwo\r\nthree\rfour\x0bfive\x0csix".splitlines(), b"x\n\n".splitlines(True), b"".splitlines())
print(b"ab\xe9cd".title(), b"\xe9a".capitalize(), b"hello world".title(), b"aAbB".swapcase())
