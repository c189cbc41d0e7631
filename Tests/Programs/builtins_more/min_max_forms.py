# min/max: single iterable vs several args, key=, default=, ties keep the first, error messages.
print(max([3, 1, 3.0]), min([1, 1.0, True]), max("hello"), min((5,)), max(3, 1, 2), min(2, 1, key=lambda x: -x))
print(max([], default=None), min((), default="empty"), max([1], default=0), max(iter([]), default=[]))
print(max(["a", "bb", "cc", "d"], key=len), min(["a", "bb", "cc", "d"], key=len))
print(max([(1, "b"), (1, "a")]), max({1: "a", 3: "b"}), max({1: "a", 3: "b"}.values()))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0),
             lambda: max([1, "a"]), lambda: max([1], key=5), lambda: max([1], bogus=1), lambda: min(None)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max([float("nan"), 1, 2]), max([1, float("nan"), 2]), min([2, float("nan"), 1]))
print(max("abc", key=None), max([2, 1], default=5, key=None))
class K:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "K%d" % self.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
print(max([K(1), K(3), K(2)]))
print(min([K(1), K(3), K(2)]))
print(max(K(5), K(4)))
print(max(range(10**6)), min(range(5, 10**6)))
