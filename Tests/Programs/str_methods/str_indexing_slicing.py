# Indexing and slicing strings with negative, out-of-range and step values.
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:-3], s[-3:], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:2], s[5:5], s[::-3])
print(s[1:8:3], s[None:None:None], s[slice(2, None)], s[-1:-11:-1], s[2:100:4], "日本語"[::-1], "😀a"[0])
for bad in (10, -11, "1", 1.0):
    try:
        s[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True], len(s[10**20:]), s[-(10**20):3])
