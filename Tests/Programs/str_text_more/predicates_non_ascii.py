# str predicates across scripts: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable.
samples = ["123", "\u0661\u0662", "\u00b2", "\u2155", "\u4e00", "\u2167", "\uff11", "abc\xe9", "\u05d0\u05d1",
           "\u0e01", " \t\n\x0b\x0c\r", "\x1c\x1d\x1e\x1f\x85\xa0", "\u2028\u3000", "\u200b", "", "a1_",
           "_\u00e9", "1a", "\u2118x", "\U0001d7d8", "\U0001f600", "\x00", "\u00ad", "\u0300a"]
for s in samples:
    print(ascii(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
print([ascii(c) for c in map(chr, range(0x2000, 0x200f)) if c.isspace()])
print(int("\u0661\u0662"), int("\uff11\uff10"), float("\u0663.\u0665") if False else "skip")
try:
    int("\u00b2")
except ValueError as e:
    print(type(e).__name__, ascii(str(e)))
