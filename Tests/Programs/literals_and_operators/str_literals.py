# String literals: quotes, escapes, raw strings, triple quotes, implicit concatenation.
print('single', "double", '''triple
line''', """x""")
print("tab\there", "nl\\n", 'q\'q', "q\"q", "\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print(r"raw\n\t", R'\d+', rb"\x00".hex() if False else r"\\")
print("a" "b" 'c', ("multi"
       "line"), len("\0\a\b\f\v\r"), "\101\60")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x7f\x00é"))
print(repr("\u200b\u0085"), repr("\U0001F600"), ascii("é😀"), len("😀"))
s = """\
no leading newline\
"""
print(s, len(s))
