# math.gamma/lgamma/erf/erfc/exp/log at representative points, with repr-exact results.
import math
for x in (0.5, 1.0, 1.5, 2.5, 5.0, 10.0, 20.5, -0.5, -1.5, 171.0, 1e-10):
    print(x, math.gamma(x), math.lgamma(x))
for x in (0.0, 0.1, 0.5, 1.0, 2.0, -1.0, 3.5, 6.0, -6.0):
    print(x, math.erf(x), math.erfc(x))
for x in (1e-5, 0.5, 1.0, 2.0, 10.0, 700.0):
    print(x, math.exp(x), math.log(x), math.expm1(x), math.log1p(x), math.sqrt(x))
try:
    math.gamma(172)
except OverflowError as e:
    print(type(e).__name__, e)
for x in (-0.0, 0.0, -2.0):
    try:
        print(math.gamma(x))
    except ValueError as e:
        print(x, type(e).__name__, e)
print(math.lgamma(math.inf), math.lgamma(-math.inf), math.erf(math.inf), math.erfc(-math.inf))
