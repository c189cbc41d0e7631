# math.fmod, math.remainder, math.modf, math.copysign on signed zeros, infinities and NaN.
import math
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-0.0, 1), (1, math.inf), (math.inf, 1), (5, 0), (0, 5)]:
    for fn in (math.fmod, math.remainder):
        try:
            print(fn.__name__, a, b, fn(a, b))
        except ValueError as e:
            print(fn.__name__, a, b, type(e).__name__, e)
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(4.5, 1), math.remainder(5.5, 1))
print(math.fmod(math.nan, 1), math.remainder(math.nan, 1), math.fmod(1, math.nan))
for x in [2.5, -2.5, 0.0, -0.0, math.inf, -math.inf, 1e300, 7]:
    print(x, math.modf(x))
print(math.modf(math.nan))
print(math.copysign(1, -0.0), math.copysign(-1, 0.0), math.copysign(math.inf, -1), math.copysign(2, math.nan) > 0)
print(math.fabs(-0.0), math.fabs(-math.inf), math.fabs(-(10**20)))
try:
    math.fabs(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.fmod(10**400, 3)
except OverflowError as e:
    print(type(e).__name__, e)
