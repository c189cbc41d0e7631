# Trigonometric and hyperbolic functions with signed zeros, infinities and domain errors.
import math
fns = [math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh,
       math.asinh, math.acosh, math.atanh, math.sqrt, math.erf, math.erfc, math.gamma, math.lgamma]
for fn in fns:
    row = []
    for x in [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, math.inf, -math.inf, math.nan]:
        try:
            row.append(repr(fn(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(fn.__name__, row)
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(1, 0), math.atan2(math.inf, math.inf), math.atan2(-1, -math.inf))
print(math.hypot(), math.hypot(3, 4), math.hypot(-3), math.hypot(math.inf, math.nan), math.hypot(1e308, 1e308))
print(math.degrees(math.pi), math.radians(180), math.degrees(-0.0))
print(math.gamma(5), math.gamma(0.5), math.lgamma(100), math.gamma(171.5) if False else "skip")
for x in [0, -1, -2.0, 172]:
    try:
        print(math.gamma(x))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.sqrt(10**100), math.sqrt(True), math.cbrt(-27) if hasattr(math, "cbrt") else "no cbrt")
