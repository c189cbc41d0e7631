# str.replace with counts, empty old strings, and overlapping patterns.
s = "aaa-bbb-aaa"
print(s.replace("a", "x"), s.replace("a", "x", 2), s.replace("a", "x", 0), s.replace("a", "x", -1), s.replace("aa", "Y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaaa".replace("aa", "a"))
print("日本日本".replace("日", "月"), "x".replace("x", ""), "abc".replace("abc", "abcabc"))
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(b"abab".replace(b"a", b"", 1), bytearray(b"xyx").replace(b"x", b"zz"), b"ab".replace(b"", b"."))
