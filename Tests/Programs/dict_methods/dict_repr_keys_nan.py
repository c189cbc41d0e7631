# dict repr with escaped string keys, nested containers, nan keys and equality of dicts with nan values.
d = {"it's": 1, 'q"uote': 2, "nl\n": 3, "é": 4, 1.5: "f", (1, "t"): [None], None: {}, b"b": b"v"}
print(d)
print(str(d) == repr(d), ascii({"é": "ü"}), len(repr({})), repr({1: {2: {3: {}}}}))
nan = float("nan")
a = {"x": nan}
b = {"x": nan}
c = {"x": float("nan")}
print(a == b, a == c, [nan] == [nan], {nan: 1} == {nan: 1}, {float("nan"): 1} == {float("nan"): 1})
print({True: "t", 2: "two"}, {0.0: "zero"} == {0: "zero"}, dict.fromkeys([nan, nan]))
