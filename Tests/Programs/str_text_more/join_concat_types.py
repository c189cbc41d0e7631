# str.join with generators, non-str items (error names the index), and concatenation of mixed kinds.
print("-".join(["a", "\xe9", "\u20ac", "\U0001f600"]), ascii("\u20ac".join("abc")), "".join(map(str, range(5))))
print(", ".join(x for x in "xyz"), "|".join({"k": 1, "j": 2}), "/".join(()), "+".join(("only",)))
for bad in [["a", 1], ["a", None, "b"], [b"x"], "abc" if False else [["l"]], 5]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
r = "".join([S("a")])
print(r, type(r).__name__, type("".join([S("a"), "b"])).__name__)
a = "ascii"
b = a + "\xe9"
c = b + "\u20ac"
d = c + "\U0001f600"
print(len(a), len(b), len(c), len(d), ascii(d), d[-1] == "\U0001f600", d[5], ascii(d[6]))
print(ascii("\xe9" * 3), ascii("\U0001f600" * 2 + "x"), ("x" * 0) == "", "ab" * -1 == "")
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
