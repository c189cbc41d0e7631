# enumerate start forms, reversed on sequences/__reversed__/dicts, and their errors.
print(list(enumerate("ab", 10**20)), list(enumerate("ab", start=-1)), list(enumerate([], 5)))
e = enumerate("xyz", True)
print(next(e), type(e).__name__)
for bad in [("ab", 1.5), ("ab", "1"), (5,)]:
    try:
        enumerate(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Ix:
    def __index__(self):
        return 7
print(list(enumerate("a", Ix())))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1,))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed({"a": 1}.values())))
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
for bad in [5, {1, 2}, iter([1]), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoneRev:
    __reversed__ = None
try:
    reversed(NoneRev())
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(r.__length_hint__(), next(r), r.__length_hint__())
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(list(r))
