# Iteration order of str/bytes/tuple sets under PYTHONHASHSEED=0 (SipHash-1-3 with a zero key).
print({"apple", "banana", "cherry", "date", "elderberry"})
print(list({"a", "b", "c", "d", "e", "f", "g"}), list(frozenset("python")))
print({b"x", b"y", b"zz"}, {("a", 1), ("b", 2), ("c", 3)}, {"", " ", "  "})
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words), len(set(words)))
print({"é", "日本", "😀", "ascii"}, {1, "1", 1.5, None, (1,)} - {None})
d = {}
for w in words:
    d.setdefault(len(w), set()).add(w)
print(d)
