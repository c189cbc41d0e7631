# find/index/count/replace/startswith with non-ASCII text: indexes are in code points.
s = "na\xefve caf\xe9 \u20ac5 \U0001f600 na\xefve"
print(s.find("caf\xe9"), s.rfind("na\xefve"), s.index("\u20ac"), s.find("\U0001f600"), s.count("\xef"), s.count(""))
print(s.find("e", 5, 12), s.rfind("\xe9", 0, -1), s.find("\U0001f600", -8), s.count("na\xefve", 1), len(s))
print(ascii(s.replace("na\xefve", "naive")), ascii(s.replace("", "|", 3)), ascii(s.replace("\U0001f600", "")))
print(s.startswith(("x", "na\xef")), s.endswith("ve", 0, 5), s.startswith("\xef", 2), s.endswith(("\U0001f600", "e")))
print(ascii(s[s.index("\u20ac"):][:2]), ascii(s[::-1][:6]), ascii(s[-1:-8:-2]))
try:
    s.index("\u00ff")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["x"])
except TypeError as e:
    print(type(e).__name__, e)
print("\u00e9" in s, "e\u0301" in s, "\U0001f600" in s, ascii("aaa\u00e9aa\u00e9".replace("a\u00e9", "X")))
print("\u00e9".encode() in s.encode(), s.encode().find("\u20ac".encode()), len(s.encode()), len(s.encode("utf-16-le")) // 2)
