# str.join with lists, generators, dict keys, and the TypeError naming the bad item.
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(x for x in ("p", "q")), "+".join({"k": 1, "j": 2}))
print("日".join(["a", "b"]), ", ".join(map(str, range(5))), "ab".join(["1"]))
for bad in (["a", 1], [b"x"], [None, "a"], 5):
    try:
        print("/".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(repr("".join([S("a"), S("b")])), type(" ".join([S("x")])).__name__)
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
