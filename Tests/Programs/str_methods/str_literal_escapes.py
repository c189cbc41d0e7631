# String literal escapes: \x \u \U \N{} octal, raw strings, implicit concatenation, bytes escapes.
print(len("\x41\u00e9\U0001F600"), "\101\7\0".encode(), "\N{GREEK SMALL LETTER ALPHA}", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print(r"\n\t\\", len(r"\n"), "a" "b" 'c', """line1
line2""", 'it\'s', "tab\there", "back\\slash", "\a\b\f\v" == "\x07\x08\x0c\x0b")
print(b"\x00\xff\101", rb"\x00", len(b"\n"), "\
continued", "\777" == "\u01ff", "\u0041\u0042")
print(repr("\0"), repr("\x1b[0m"), repr("\u00ad"), repr("\U0001F600"), repr(b"\x1b"))
