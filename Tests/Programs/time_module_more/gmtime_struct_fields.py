# time.gmtime: struct_time fields, indexing, slicing, repr, tm_zone/tm_gmtoff, and bad arguments.
import time
t = time.gmtime(0)
print(t)
print(tuple(t), len(t), t[0], t[-1], t[1:3], t.tm_year, t.tm_yday, t.tm_wday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, type(t).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
for secs in [86399, 86400, 951782400, 1700000000, -1, -86401, 2**31, 253402300799, 1e9 + 0.999]:
    g = time.gmtime(secs)
    print(secs, tuple(g))
for bad in ["0", None if False else [], 1e20, float("nan")]:
    try:
        time.gmtime(bad)
    except (TypeError, OverflowError, ValueError, OSError) as e:
        print(type(e).__name__, e)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone, s.tm_mon)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.tm_year = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(t == time.gmtime(0), t == tuple(t), hash(t) == hash(time.gmtime(0)), isinstance(t, tuple))
print(time.gmtime(0.9)[5], time.gmtime(-0.5)[5])
