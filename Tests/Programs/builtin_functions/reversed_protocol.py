# reversed() with built-in sequences, __reversed__, and non-reversible objects.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1}.items())), list(reversed(b"xy")), list(reversed(bytearray(b"pq"))), list(reversed([])))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
for bad in ({1, 2}, iter([1]), 5, (x for x in "a")):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"), type(reversed([])).__name__, type(reversed(range(1))).__name__)
l = [1, 2, 3]
r = reversed(l)
l.clear()
print(list(r))
