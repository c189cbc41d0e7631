# is* predicates over ASCII, unicode digits, numerics, empty strings and identifiers.
tests = ["", "abc", "ABC", "Abc Def", "123", "١٢٣", "½", "²", "Ⅷ", "a1", " \t", "\u3000", "_id", "1id", "ña", "ǅ",
         "Hello World", "hello\n", "\x7f", "é", "日本", "def", "a b"]
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
