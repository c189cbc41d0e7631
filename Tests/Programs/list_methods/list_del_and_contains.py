# del statements on list items/slices, `in` using identity then equality, and list.__contains__ errors.
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::3]
print(l)
for bad in (100, -100, "a"):
    try:
        del l[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class Weird:
    def __eq__(self, o):
        raise RuntimeError("eq called")
w = Weird()
print(w in [w], [w].count(w), [w].index(w))
try:
    w in [1]
except RuntimeError as e:
    print(type(e).__name__, e)
print(1 in [1.0], "a" in ["ab"], [1] in [[1]], None in [None], (1,) in [(1,)], 2 in [[2]])
a, b = [1, 2], [3]
del a[:], b
print(a, "b" in dir())
