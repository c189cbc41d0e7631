# reversed() with sequences, __reversed__, __len__+__getitem__, and non-reversible objects.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1}.items())), list(reversed(b"xy")), list(reversed(bytearray(b"pq"))), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * i
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Seq())), list(reversed(Rev())))
for bad in ({1, 2}, iter([1]), 5, (x for x in "a")):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"), type(reversed([])).__name__, type(reversed(range(1))).__name__)
l = [1, 2, 3]
r = reversed(l)
l.clear()
print(list(r))
