# math.frexp/ldexp/nextafter/ulp at the edges of the float range.
import math
for x in [0.0, -0.0, 1.0, 0.5, 3.0, -10.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.inf, -math.inf]:
    print(repr(x), math.frexp(x))
print(math.frexp(math.nan))
print(math.ldexp(1, 10), math.ldexp(0.5, -1073), math.ldexp(0.5, -1074), math.ldexp(-0.0, 5), math.ldexp(1, -10**20))
print(math.ldexp(math.inf, -5), math.ldexp(3, 0), math.ldexp(1.5, 2**70 * 0))
for args in [(1, 1024), (1, 10**20), (1.0, 2.5), ("1", 2)]:
    try:
        print(math.ldexp(*args))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1), math.nextafter(1, 1))
print(math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.nan, 1))
print(math.ulp(1), math.ulp(-1), math.ulp(0), math.ulp(1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.ulp(math.nan), math.ulp(5e-324), math.ulp(2**52), math.ulp(2**53))
