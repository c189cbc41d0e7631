# Unicode case mapping: full mappings (ß, ŉ, ﬁ), final sigma in lower(), titlecase digraphs, casefold, case predicates.
from _check import t

for s in ("straße", "ŉ", "ﬁne", "ΣΑΣ ΟΔΟΣ Σ", "ǆemal", "İstanbul", "hello wORLD", "they're bill's", "ΌΣΟΣ", "ß-x"):
    print(repr(s), [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()])
for s in ("ǅa", "A1 B2", "", "Hello World", "Hello world", "ǅ", "ABC", "abc", "1", "aǅ", "ß"):
    print(repr(s), s.istitle(), s.isupper(), s.islower())
t(lambda: ("ab_1".isidentifier(), "1a".isidentifier(), "_".isidentifier(), "é".isidentifier(), "".isidentifier(), "a-b".isidentifier()))
t(lambda: ("\t".isprintable(), "".isprintable(), "é".isprintable(), "\xa0".isprintable(), " ".isprintable(), "\u2028".isprintable()))
t(lambda: "a".upper(1))
