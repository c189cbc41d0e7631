# Slicing strings, tuples, bytes, bytearrays and ranges returns the same type.
s, t, b, ba, r = "abcdefgh", tuple(range(8)), b"abcdefgh", bytearray(b"abcdefgh"), range(0, 16, 2)
for start, stop, step in [(None, None, -1), (1, 6, 2), (-2, None, None), (6, 1, -2), (None, None, 3), (5, 5, 1)]:
    sl = slice(start, stop, step)
    print(sl, repr(s[sl]), t[sl], b[sl], ba[sl], r[sl], list(r[sl]))
print(type(s[1:2]).__name__, type(t[1:2]).__name__, type(b[1:2]).__name__, type(ba[1:2]).__name__, type(r[1:2]).__name__)
print(s[::-1] == "".join(reversed(s)), s[-100:100], t[::-1][::-1] == t, b[3], s[3])
print(s[1:-1:-1], s[-1:1], "".join(s[i] for i in range(0, 8, 3)))
