# repr and ascii of strings: quote choice, escapes of control and non-printable chars.
for s in ("plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\n\r\t\x00\x1f\x7f", "\x80\xa0\xad",
          "é日😀", "\u2029", "\U0010ffff", "\ud834", "'", '"', ""):
    print(repr(s), ascii(s), len(repr(s)))
print(repr("a'b\"c"), str(repr("x")), repr(repr("y")))
