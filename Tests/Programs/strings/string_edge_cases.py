# Empty strings and empty patterns in counting, finding, splitting, slicing and multiplying.
print("".count(""), "abc".count(""), "abc".find(""), "abc".rfind(""), "abc".index("", 3), "" in "", "" in "abc")
print("".split(), "".split("x"), "   ".split(), "   ".split(" "), "x".split("x"), "xx".split("x"))
print(repr(""[:]), repr("abc"[5:]), repr("abc"[-100:-50]), repr("" * 10), repr("a" * 0), "abc"[::-1][::-1])
print(min("bca"), max("bca"), sorted("bca"), list(""), "".join(reversed("")), "".upper(), "".isalpha(), "".isspace())
print(str(), str(""), repr(str()), len("\0"), "\0" == "", "a\0b".split("\0"))
print("abc" < "abd" < "b", "" < "a", "a" < "aa", "Z" < "a", "a" < "é", "10" < "9")
