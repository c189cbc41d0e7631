# str.maketrans in its 1-, 2- and 3-argument forms and translate with None/str/int values.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd cab".translate(t))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "é": 0x41})
print(sorted(t2.items()), "abcé".translate(t2))
print("hello".translate({ord("l"): None}), "hello".translate({}), "abc".translate([ "x", "y"] + [None] * 200))
for args in (("ab", "c"), ({"ab": 1},), ({1.5: "x"},), ("a",)):
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 1.5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({ord("a"): 0x110000})
except ValueError as e:
    print(type(e).__name__, e)
class T:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return chr(k).upper()
print("quiz".translate(T()))
