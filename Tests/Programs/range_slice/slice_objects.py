# slice objects: attributes, indices() normalisation, repr, equality, hashing (3.11 unhashable).
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1), repr(slice("a", [1])))
for sl in (slice(None), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(2, 1), slice(5, None, -2), slice(None, -1, 3)):
    print(sl, sl.indices(7), list(range(7))[sl] == [list(range(7))[i] for i in range(*sl.indices(7))])
for f in (lambda: slice(None, None, 0).indices(5), lambda: s.indices(-1), lambda: slice("a").indices(3), lambda: hash(s), lambda: slice()):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1), "abcdef"[slice(1, None, 2)])
class Get:
    def __getitem__(self, k):
        return k
g = Get()
print(g[1:2], g[::], g[1:2, 3], g[..., 1:], g[:, None])
