# Argument-count and keyword messages of builtin functions and methods.
calls = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: abs(1, 2), lambda: isinstance(1), lambda: divmod(1),
         lambda: getattr(1), lambda: "a".upper(1), lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(),
         lambda: "a".split(1, 2, 3), lambda: "a".split(sepp=","), lambda: int("1", 10, 5), lambda: str(1, 2, 3, 4),
         lambda: print(sepp=""), lambda: sorted([], reversed=True), lambda: [].sort(1), lambda: range(), lambda: iter(),
         lambda: next(), lambda: chr(), lambda: ord(), lambda: hash(), lambda: repr(), lambda: zip(strict=1, x=2),
         lambda: enumerate(), lambda: dict(1, 2), lambda: set(1, 2), lambda: (1).to_bytes(1, "big", True), lambda: "x".encode(1, 2, 3)]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
