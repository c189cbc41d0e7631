# Exact messages of str/bytes/list/tuple index() and remove() failures.
for f in (lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: b"abc".index(b"z"), lambda: bytearray(b"a").index(98),
          lambda: [1].index(2), lambda: (1,).index(2), lambda: [1].remove(2), lambda: range(3).index(5), lambda: "abc".index(""),
          lambda: "abc".index("a", 1), lambda: b"abc".rindex(b"c", 0, 2), lambda: bytearray(b"x").remove(1), lambda: ["a"].index("a", 5)):
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
