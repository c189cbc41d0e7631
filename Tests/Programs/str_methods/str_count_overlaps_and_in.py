# str.count counts non-overlapping matches; `in` finds overlapping; find with long needles.
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abababa".count("aba"), "aba" in "xxabaxx", "" in "abc")
hay = "ab" * 1000 + "abc" + "ab" * 1000
print(hay.find("abc"), hay.count("ab"), hay.rfind("ba"), "abc" in hay, hay.index("ca") if "ca" in hay else -1)
print("mississippi".count("ss"), "mississippi".count("i", 2, -2), "mississippi".replace("ss", "SS", 1))
needle = "x" * 50 + "y"
print(("x" * 200 + "y").find(needle), ("x" * 200).find(needle), ("x" * 200 + "y").count("x" * 50))
print("日本日本日".count("日本"), "😀😀😀".find("😀", 1), "éé".rfind("é"), "AbC".lower().count("c"))
