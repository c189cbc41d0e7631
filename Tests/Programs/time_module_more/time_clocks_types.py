# Types and monotonic properties of the clocks; sleep arguments; get_clock_info fields.
import time
a = time.monotonic()
b = time.monotonic()
print(type(a).__name__, b >= a, type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.process_time()).__name__)
print(time.perf_counter() <= time.perf_counter(), time.time_ns() > 1600000000 * 10**9)
print(time.sleep(0), time.sleep(0.001))
for bad in [-1, "1", None, float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, type(info.resolution).__name__)
print(time.get_clock_info("time").adjustable, time.get_clock_info("perf_counter").monotonic)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(type(e).__name__, e)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
