# min and max: iterables or arguments, key, default, ties keep the first, error messages.
print(min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("apple", "pear", key=len), min("hello"), max([[1, 2], [1, 3]]))
print(max([], default="empty"), min((), default=None), max([5], default=0), min([1, 2], key=lambda x: -x))
pairs = [(1, "first"), (0, "zero"), (1, "second"), (0, "another zero")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max(1, 1.0), max(1.0, 1), min(-0.0, 0.0), min(0.0, -0.0), max(True, 1), max([2, 3.5, -1]))
for call in (lambda: max([]), lambda: min(), lambda: max(1), lambda: min([], key=len), lambda: max(1, 2, default=0),
             lambda: max([1, "a"]), lambda: min(1, 2, foo=3)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
