# Several managers in one with: entered left to right, exited right to left.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
with (
    CM("x") as x,
    CM("y") as y,
):
    print("parenthesized", x, y)
with CM("outer", suppress=True), CM("inner"):
    raise RuntimeError("boom")
print("outer suppressed what inner saw")
with CM("first"):
    with CM("second", suppress=True):
        raise KeyError
    print("continues in first")
