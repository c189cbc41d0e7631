# Slice assignment sources: tuples, strings, generators, ranges, dict views, itself, and bytearray from memoryview.
l = list(range(8))
l[0:2] = (10, 11, 12)
l[3:3] = "ab"
l[-2:] = (x for x in "XY")
l[::4] = range(3)
print(l)
l[1:4] = {"k": 1, "j": 2}.keys()
print(l)
l[:] = l[::-1]
print(l)
ba = bytearray(b"0123456789")
ba[1:3] = memoryview(b"ab")
ba[5:] = bytearray(b"!")
ba[::2] = b"XYZ"
print(ba)
try:
    ba[0:1] = [300]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[::2] = (x for x in range(100))
except ValueError as e:
    print(type(e).__name__, e)
