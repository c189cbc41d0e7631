# time module: deterministic parts only (types, monotonicity, gmtime/strftime of fixed values, sleep(0)).
import time
t1 = time.time()
p1, m1 = time.perf_counter(), time.monotonic()
time.sleep(0)
time.sleep(0.001)
print(type(t1).__name__, t1 > 1.6e9, time.perf_counter() >= p1, time.monotonic() >= m1, type(time.time_ns()).__name__)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.strftime("%a %b %d %j", time.gmtime(10**9)))
print(time.strftime("%%|%y|%m", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.asctime(time.gmtime(0)), time.gmtime(1.5e9).tm_year)
for bad in (-1, "x"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(time.process_time()).__name__, time.get_clock_info("monotonic").monotonic)
