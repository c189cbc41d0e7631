# str ordering is by code point: case, accents, surrogates, astral chars and prefixes.
words = ["b", "B", "a", "A", "é", "e", "z", "Z", "", "ab", "a\x00", "日", "\U0001F600", "\uffff", "\ud800", "Å", "å"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (len(w), w)))
print("a" < "b" < "ba" < "bb", "Z" < "a", "\uffff" < "\U00010000", "\ud800" < "\ue000", "abc" > "ab", "" < "\x00")
print(max(words), min(words[1:]), sorted("Hello World"), "apple" < "apples" < "applf")
