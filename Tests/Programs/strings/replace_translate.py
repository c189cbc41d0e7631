# replace with counts and empty patterns; translate with maketrans tables.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcd-abcd".translate(table))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "hi".translate(str.maketrans({"h": "H", "i": "!!"})))
print("data".translate({97: 65}), "x".translate({}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError", e)
