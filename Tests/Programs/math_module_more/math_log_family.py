# math.log/log2/log10/log1p/exp/expm1 on edge values, big ints and bases; domain and range errors.
import math
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1, 10), math.log(0.5, 2))
print(math.log(10**1000), math.log2(2**1000), math.log10(10**500), math.log(2**10000, 2))
print(math.log2(1), math.log2(0.5), math.log10(1e-300), math.log1p(0), math.log1p(-0.5), math.log1p(1e-20))
print(math.exp(0), math.exp(1), math.exp(-745), math.exp(-746), math.expm1(1e-10), math.expm1(0))
print(math.log(math.inf), math.exp(math.inf), math.exp(-math.inf), math.log1p(math.inf), math.exp(math.nan))
for fn, args in [(math.log, (0,)), (math.log, (-1,)), (math.log, (0.0,)), (math.log, (10, 1)), (math.log, (10, 0)),
                 (math.log, (-10**100,)), (math.log2, (0,)), (math.log10, (-1,)), (math.log1p, (-1,)),
                 (math.exp, (1000,)), (math.expm1, (1000,)), (math.log, ("a",)), (math.log, ()), (math.log, (1, 2, 3)),
                 (math.log, (1, -1)), (math.log, (0, 10))]:
    try:
        print(fn.__name__, args, fn(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(fn.__name__, args, type(e).__name__, e)
print(math.log(True, 2.0) if False else "skip", math.log(2.0, True) if False else "skip")
try:
    math.log(2.0, True)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
