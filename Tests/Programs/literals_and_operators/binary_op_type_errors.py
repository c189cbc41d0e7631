# The exact TypeError messages of unsupported binary operations.
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: (1,) + [2],
    lambda: 1 - "a", lambda: {} | 1, lambda: None * 2, lambda: [] * [],
    lambda: 1 @ 2, lambda: "a" - "b", lambda: 3 / "x", lambda: 3 // None,
    lambda: 2 ** "x", lambda: 1 << 1.0, lambda: 1.5 & 1, lambda: b"a" + "b",
    lambda: [1] + None, lambda: {1} + {2}, lambda: "%d" % "x", lambda: "a" < 1,
]
for i, f in enumerate(cases):
    try:
        f()
    except TypeError as e:
        print(i, e)
