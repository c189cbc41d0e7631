# math trig/hyperbolic/inverse functions at exact points, signed zeros and infinities.
import math
pts = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0]
for x in pts:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.asin(x), math.acos(x), math.atan(x), math.sinh(x), math.tanh(x), math.asinh(x), math.atanh(x * 0.5))
print(math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(1, math.inf), math.atan2(math.inf, math.inf))
print(math.cosh(math.inf), math.sinh(-math.inf), math.acosh(1), math.tanh(-math.inf), math.atan(-math.inf), math.asinh(math.inf))
print(math.sin(math.pi), math.cos(math.pi), math.sin(math.pi / 2), math.tan(math.pi / 4), math.hypot(-3, -4), math.degrees(1))
print(math.isnan(math.sin(math.nan)), math.isnan(math.atan2(math.nan, 1)), math.copysign(1.0, math.atan2(-0.0, 1.0)))
