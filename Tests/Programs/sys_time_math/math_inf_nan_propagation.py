# math functions given inf and nan: which propagate, which raise, and the results of fmod/remainder/copysign.
import math
inf, nan = math.inf, math.nan
funcs = ["exp", "log", "sqrt", "floor", "ceil", "fabs", "tanh", "atan", "expm1", "log1p", "erf", "lgamma", "gamma", "trunc"]
for name in funcs:
    out = []
    for x in (inf, -inf, nan):
        try:
            out.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, out)
print(math.fmod(5, inf), math.fmod(-5, -inf), math.remainder(5, inf), math.copysign(nan, -1), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.pow(1, nan), math.pow(nan, 0), math.pow(inf, -1), math.pow(-inf, 3), math.pow(-inf, 2), math.isfinite(nan), math.isinf(nan))
print(max(nan, 1), max(1, nan), min(nan, 1), math.isnan(sorted([nan, 1])[0]))
