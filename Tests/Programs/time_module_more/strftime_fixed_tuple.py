# time.strftime/asctime with fixed tuples (no clock or timezone dependence).
import time
t = (2021, 3, 7, 9, 5, 3, 6, 66, 0)
for fmt in ["%Y-%m-%d %H:%M:%S", "%y %j %U %W %w", "%a %A %b %B", "%I %p", "%%", "%e|%C|%G|%V|%u",
            "%D %T %R %F", "", "plain text", "%n%t|", "%H%H%H", "\xe9 %Y \u20ac", "%5Y" if False else "%Y"]:
    print(repr(fmt), repr(time.strftime(fmt, t)))
print(time.asctime(t), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.strftime("%Y", (1900, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Y", (10, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%H:%M", (2000, 1, 1, 0, 0, 0, 0, 0, 0)))
for bad in [(2021, 13, 1, 0, 0, 0, 0, 1, 0), (2021, 1, 32, 0, 0, 0, 0, 1, 0), (2021, 1, 1, 24, 0, 0, 0, 1, 0),
            (2021, 1, 1, 0, 60, 0, 0, 1, 0), (2021, 1, 1, 0, 0, 62, 0, 1, 0), (2021, 1, 1, 0, 0, 0, 7, 1, 0),
            (2021, 1, 1, 0, 0, 0, 0, 367, 0), (2021, 1), "x"]:
    try:
        print(time.strftime("%Y-%m-%d", bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.strftime("%Y-%m-%d %H", time.gmtime(10**9)), time.asctime(time.gmtime(0)))
try:
    time.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
