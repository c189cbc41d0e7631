# Strings compare by code point; case-insensitive ordering needs casefold or lower.
words = ["banana", "Apple", "apple", "Äpfel", "zebra", "Zebra", "éclair", "eclair", "10", "9", "", " "]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(min(words), max(words), "a" < "B", "a".lower() < "B".lower(), "Straße".casefold() == "STRASSE".casefold())
print(sorted(["a10", "a2", "a1"]), sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
print("abc" == "abc", "ab" + "c" == "abc", "abc".__eq__(5), "abc".__lt__(5))
