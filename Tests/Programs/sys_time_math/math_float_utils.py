# math.frexp/ldexp/modf/copysign/nextafter/ulp/isclose on corner values and their argument errors.
import math
for x in (0.0, -0.0, 1.0, 0.1, -3.75, 5e-324, 1.7976931348623157e308, math.inf, -math.inf):
    print(x, math.frexp(x), math.modf(x), math.copysign(3, x), math.ulp(x))
print(math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-0.0, 5), math.ldexp(1.5, 1023))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0), math.nextafter(1.0, math.nan))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1.0, 1.0 + 1e-9))
for f in (lambda: math.isclose(1, 1, rel_tol=-1), lambda: math.isclose(1, 2, 3), lambda: math.frexp("1"), lambda: math.ldexp(1.0, 1.5)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
