# String comparison is by code point; sorting mixed scripts, min/max, and normalization-sensitive equality.
words = ["\xe9clair", "eclair", "Eclair", "\u00c9clair", "zebra", "\u4e2d\u6587", "\U0001f600", "\u05e9\u05dc\u05d5\u05dd", "a", ""]
print([ascii(w) for w in sorted(words)])
print(ascii(min(words)), ascii(max(words)), "\u00e9" == "e\u0301", "\u00e9" < "e\u0301", "\uffff" < "\U00010000")
print("a" < "b" < "\xe0", "\xff" < "\u0100", "Z" < "a", "abc" < "abd" < "abda", "" < "\x00")
print(sorted(["b\x00", "b", "a\xff", "a\u0100"]) == ["a\xff", "a\u0100", "b", "b\x00"])
print(sorted("\U0001f600\u20ac\xe9a"), ["\U0001f600"] > ["\uffff"], ("\xe9",) < ("\xe9", ""))
import unicodedata
print(unicodedata.normalize("NFC", "e\u0301") == "\u00e9", ascii(unicodedata.normalize("NFD", "\u00e9")))
