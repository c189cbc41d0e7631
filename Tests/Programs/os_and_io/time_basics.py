# time: clocks (no wall-clock values printed), struct_time, conversions, formatting, errors.
import time

a = time.perf_counter()
time.sleep(0.01)
b = time.perf_counter()
print(b - a >= 0.009, type(time.time()).__name__, type(time.time_ns()).__name__)
print(time.monotonic() <= time.monotonic(), time.monotonic_ns() > 0, time.process_time() >= 0)
print(abs(time.time() - time.time_ns() / 1e9) < 1, type(time.thread_time()).__name__)

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff, len(t), t[:3], t[-1])
print(isinstance(t, tuple), type(t).__name__, time.struct_time.n_sequence_fields, time.struct_time.n_fields)
t2 = time.gmtime(1700000000.75)
print(tuple(t2))
print(time.asctime(t2), time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %%", t2))
print(time.strftime("%d/%m/%y", (2024, 2, 29, 0, 0, 0, 0, 60, 0)))
print(time.asctime((2024, 1, 5, 7, 8, 9, 4, 5, 0)))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.gmtime(time.mktime(time.localtime(1234567890))) == time.gmtime(1234567890 + time.timezone) or True)
print(time.mktime(time.localtime(1234567890)))
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, info.implementation)
print(time.get_clock_info("time").adjustable)

bad_calls = [("sleep('a')", lambda: time.sleep('a')), ("sleep(-1)", lambda: time.sleep(-1)),
             ("gmtime('x')", lambda: time.gmtime('x')), ("gmtime(1e30)", lambda: time.gmtime(1e30)),
             ("mktime((1, 2))", lambda: time.mktime((1, 2))), ("mktime('abc')", lambda: time.mktime('abc')),
             ("asctime(month 13)", lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0))),
             ("struct_time((1, 2))", lambda: time.struct_time((1, 2))),
             ("struct_time(12 items)", lambda: time.struct_time((1,) * 12)),
             ("gmtime(nan)", lambda: time.gmtime(float('nan'))),
             ("get_clock_info('x')", lambda: time.get_clock_info('x')), ("strftime(1)", lambda: time.strftime(1))]
for text, call in bad_calls:
    try:
        call()
    except Exception as e:
        print(text, type(e).__name__, e)
