# sort uses only __lt__; objects with only __gt__ are reflected; NotImplemented gives TypeError.
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(max([OnlyLt(3), OnlyLt(9)]), min([OnlyGt(3), OnlyGt(9)]))
class Nope:
    pass
try:
    sorted([Nope(), Nope()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Nope()]) != [], sorted([[2, 1], [1, 5], [1, 2, 0], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3.0, float("nan"), 1.0, 0.0])[2:], len(sorted([float("nan"), 1.0])))
