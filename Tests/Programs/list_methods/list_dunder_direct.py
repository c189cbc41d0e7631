# list dunders called directly: __iadd__ returns self, __mul__ NotImplemented, __contains__, __getitem__ with slices.
l = [1, 2]
r = l.__iadd__([3])
print(r is l, l, l.__add__([4]), l.__mul__(2), l.__rmul__(2), l.__imul__(1) is l)
print(l.__contains__(2), l.__getitem__(slice(None, None, -1)), l.__len__(), l.__eq__([1, 2, 3]), l.__eq__((1, 2, 3)), l.__lt__("x"))
l.__setitem__(0, "a")
l.__delitem__(-1)
print(l, l.__reversed__().__next__(), list(l.__iter__()), l.__sizeof__() > 0, [].__class__.__name__, l.__hash__)
for f in (lambda: l.__getitem__("x"), lambda: l.__add__((4,)), lambda: l.__mul__(2.0), lambda: str.__add__("a", 1)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(tuple.__add__((1,), (2,)), (1, 2).__getitem__(1), str.__add__("a", "b"))
print(str.__mul__("ab", 2), str.__rmul__("ab", 2), str.__contains__("abc", "b"), str.__mod__("%d", 5), str.__rmod__("x", 5))
