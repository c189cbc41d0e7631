# sorted() accepts any iterable, key=None, reverse as a keyword only, and returns a new list.
print(sorted({3, 1, 2}), sorted("bca", reverse=True), sorted(range(5, 0, -1)), sorted({"b": 1, "a": 2}.items()), sorted(x for x in (2, 1)))
l = [3, 1]
m = sorted(l)
print(l, m, m is not l, sorted([1, 2], key=None), sorted([0, 1], reverse=0))
for f in (lambda: sorted([2, 1], None), lambda: sorted(), lambda: sorted(5), lambda: sorted([1], reverse="yes"), lambda: sorted(iterable=[1])):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([b"b", b"a"]), sorted([(2, "a"), (1, "b")]), sorted([-1.5, -1, -2]), sorted([[3], [1, 2]]))
