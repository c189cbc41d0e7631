# Searching: find, rfind, index, rindex, count, startswith, endswith with ranges and tuples.
s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("bra", 2), s.find("bra", 2, 8), s.find("zz"), s.find(""), s.find("", 20))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("abra"), s.count("a", 1, -1), s.count(""), "".count(""))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.startswith("bra", 1), s.endswith("bra"), s.endswith("cad", 0, 7))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "aaa".find("aa", 1), "aaa".rfind("aa"))
for f in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.startswith(["a"]), lambda: s.find(1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("ab" in s, "abc" in s, s.find("a", -3), s.rfind("a", 0, -1), s.count("a", -4))
