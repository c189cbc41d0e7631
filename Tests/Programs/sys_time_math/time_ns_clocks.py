# time *_ns clocks return ints consistent with their float counterparts; clock info fields.
import time
a = time.time_ns()
b = time.time()
print(type(a).__name__, abs(a / 1e9 - b) < 5, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
m1 = time.monotonic_ns()
m2 = time.monotonic_ns()
print(m2 >= m1, time.process_time_ns() >= 0, type(time.thread_time()).__name__)
for name in ("time", "monotonic", "perf_counter", "process_time"):
    info = time.get_clock_info(name)
    print(name, type(info.implementation).__name__, type(info.monotonic).__name__, type(info.adjustable).__name__, info.resolution > 0)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print(type(e).__name__, e)
