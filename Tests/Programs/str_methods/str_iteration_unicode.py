# Iterating over strings with multi-byte characters; len, ord, reversed and enumerate.
s = "aé日😀\u0301"
print(len(s), [ord(c) for c in s], list(reversed(s)), list(enumerate(s, 1))[-1])
print([c for c in "" ], list(iter("ab")), "".join(reversed("日本語")), "😀" * 3, len("😀" * 3))
print(s.encode("utf-8"), len(s.encode("utf-8")), len(s.encode("utf-16-le")), s.encode("utf-32")[:4])
it = iter("xyz")
print(next(it), list(it), next(it, "done"))
print(sorted("hello"), set("aab") == {"a", "b"}, "b" in iter("abc"))
