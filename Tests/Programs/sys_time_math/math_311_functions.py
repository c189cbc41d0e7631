# Functions new in 3.11's math (cbrt, exp2) and long-standing ones with exact answers (isqrt, log2 of powers).
import math
print(math.cbrt(27), math.cbrt(-8), math.cbrt(0.001), math.cbrt(-0.0), math.cbrt(math.inf), math.cbrt(2))
print(math.exp2(10), math.exp2(-1), math.exp2(0.5), math.exp2(-1075), math.exp2(1023))
try:
    math.exp2(1024)
except OverflowError as e:
    print(type(e).__name__, e)
print([math.log2(2.0 ** k) for k in (-1074, -1, 0, 1, 52, 1023)], math.log2(3), math.log10(2), math.log(100, 10), math.log(8, 2.0))
print(math.isqrt(2**127 - 1), math.isqrt(10**30 - 1), [math.isqrt(n) for n in range(0, 17)])
