# Character class predicates on ASCII and Unicode strings.
samples = ["abc", "ABC123", "123", "½", "²", "٣", "12.5", " \t\n", "", "a b", "_id9", "9id", "héllo", "\x00", "ǅ", "日本"]
for s in samples:
    print(repr(s), [int(f(s)) for f in (str.isalpha, str.isalnum, str.isdigit, str.isdecimal, str.isnumeric,
                                         str.isspace, str.isidentifier, str.isprintable, str.isascii,
                                         str.islower, str.isupper, str.istitle)])
