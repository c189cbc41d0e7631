# Slicing corners: huge/negative bounds and steps, None parts, __index__ bounds, slice.indices.
s = "abcdefghij"
l = list(range(10))
t = tuple(l)
for sl in [slice(None), slice(-100, 100), slice(100, -100, -1), slice(None, None, -3), slice(2, 2), slice(8, 2, -2),
           slice(-3, None), slice(None, -3), slice(2**70, None), slice(-2**70, 2**70, 2**70), slice(5, None, -1),
           slice(None, 5, -1), slice(0, 10, 4), slice(-1, -11, -1), slice(-1, -12, -1)]:
    print(sl, s[sl], l[sl], t[sl], range(10)[sl], b"abcdefghij"[sl])
class Ix:
    def __index__(self):
        return 3
print(s[Ix():], l[:Ix()], t[::Ix()], s[True:], s[False:True])
for bad in [slice(None, None, 0), slice("a", None), slice(1.5, None), slice(None, None, 0.5)]:
    try:
        s[bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(5), slice(-100, 100).indices(3), slice(2**80).indices(4))
for bad in [(-1,), ("a",), (None,)]:
    try:
        slice(1, 2).indices(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1), slice(1, 2), slice(1, 2, 3), slice(None), repr(slice("a", [1])), slice(1, 2) == slice(1, 2), slice(1) < slice(2))
sl = slice(1, 2, 3)
print(sl.start, sl.stop, sl.step)
try:
    sl.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(sl)
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
m = list(range(10))
m[::2] = "abcde"
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
m[2:8] = []
print(m)
m[len(m):] = [99]
m[:0] = [-1]
print(m)
del m[::3]
print(m)
