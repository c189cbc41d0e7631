# f-strings and format() with an empty and a width spec for every built-in type, plus !r/!s/!a.
objs = [0, -7, 2**70, True, 1.25, -0.0, float("inf"), 2 - 3j, "é", b"\xff", bytearray(b"ba"), [1, "x"], (1,), {"k": 1}, {1}, frozenset({2}),
        range(1, 5, 2), slice(1, None), None, Ellipsis, NotImplemented, int, len]
for o in objs:
    print(f"{o}|{o!r}|{o!a}|{o!s:>4}|{str(o):^6.4}|")
for o in objs[:8]:
    print(f"{o:>12}|{o:<12}|{o:^12}|")
