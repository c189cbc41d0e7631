# find/rfind/index/rindex/count with start/end including negatives and empty needles.
s = "abracadabra"
print(s.find("a"), s.rfind("a"), s.find("a", 1), s.find("a", -4), s.find("a", 1, 3), s.find("z"), s.rfind("abra", 0, 10))
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 5), s.count("a", -3, -1), "aaaa".count("aa"))
print(s.find(""), s.find("", 11), s.find("", 12), s.rfind(""), s.rfind("", 3, 5), "".find(""), "".count(""))
print(s.index("c"), s.rindex("a"), s.find("a", None, None), s.find("b", 100), s.find("a", -100))
for f in (lambda: s.index("z"), lambda: s.rindex("z", 0, 3), lambda: s.find(1), lambda: s.count()):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("ÿ日本日".find("日"), "ÿ日本日".rfind("日"), "😀x😀".count("😀"))
print("abc".find("c", 2, 1), "abc".count("", 2, 1), "abc".count("", 1, 2))
