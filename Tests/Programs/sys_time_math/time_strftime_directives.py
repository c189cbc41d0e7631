# time.strftime directives on fixed UTC struct_times, and time.gmtime field values and errors.
import time
t = time.gmtime(1700000000)
for d in ("%Y", "%y", "%m", "%d", "%H", "%I", "%M", "%S", "%p", "%a", "%A", "%b", "%B", "%j", "%w", "%U", "%W", "%%", "%C", "%e", "%D", "%T", "%F", "%R"):
    print(d, repr(time.strftime(d, t)))
print(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(0)), time.strftime("%c", time.gmtime(86400)), time.strftime("%x %X", t))
print(t, t.tm_zone, t.tm_gmtoff, t.tm_isdst, t[0], t[-1], len(t), t[:3])
for bad in ("x", 1e300):
    try:
        time.gmtime(bad)
    except (TypeError, OverflowError, ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(type(e).__name__, e)
