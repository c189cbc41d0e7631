# time.mktime/localtime/ctime under TZ=UTC (set before calling tzset), and calendar.timegm.
import os
import time
import calendar
os.environ["TZ"] = "UTC"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(tuple(time.localtime(0)), time.localtime(0).tm_zone)
print(time.mktime((1970, 1, 2, 0, 0, 0, 0, 0, 0)), time.mktime(time.gmtime(10**9)))
print(time.ctime(0), time.ctime(1700000000.7))
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), calendar.timegm(time.gmtime(123456789)))
print(time.strftime("%Z %z", time.localtime(0)))
try:
    time.mktime((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.ctime("x")
except TypeError as e:
    print(type(e).__name__, e)
print(calendar.isleap(2000), calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
