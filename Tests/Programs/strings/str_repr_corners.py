# repr() of strings: quote selection and escaping of control, non-printable and non-ASCII characters.
samples = ["plain", "it's", 'say "x"', "both ' \"", "\\", "\n\r\t", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad",
           "é ü ñ", "日本語", "\u200b\u2028\ufeff", "\U0001F600", "\U000E0001", "\ud800", "tab\there"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("'"), repr('"'), repr("'\""), str(["it's", 'a"b']))
