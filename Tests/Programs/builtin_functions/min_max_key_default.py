# min/max with key, default, multiple args, ties (first wins) and error messages.
print(max([3, 1, 4, 1, 5]), min("hello"), max(1, 2, 3), min((2, "b"), (2, "a")), max([], default="empty"), min([], default=None))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "c"], key=len), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max(-3, 2, key=abs), min(-3, 2, 3, key=abs), max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max([1, 2], key=None), min(iter([5, 4])), max(range(10), key=lambda x: x % 4), max([float("nan"), 1.0]), max([1.0, float("nan")]))
for f in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]),
          lambda: max([1], key=lambda x: 1 / 0), lambda: max([1, 2], bogus=1)):
    try:
        print(f())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
