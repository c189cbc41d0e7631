# math ValueError/OverflowError messages for domain and range errors, and TypeErrors.
import math
cases = [("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("log", (10, 1)), ("log", (10, 0)), ("log2", (0,)), ("log10", (-5,)),
         ("exp", (1000,)), ("pow", (0, -1)), ("pow", (-1, 0.5)), ("pow", (10, 400)), ("acos", (2,)), ("asin", (-2,)),
         ("atanh", (1,)), ("acosh", (0,)), ("gamma", (0,)), ("gamma", (-1,)), ("lgamma", (-2,)), ("fmod", (1, 0)),
         ("fmod", (math.inf, 1)), ("remainder", (1, 0)), ("cosh", (1000,)), ("ldexp", (1.0, 10**6)), ("sqrt", ("4",)),
         ("floor", (None,)), ("sin", (math.inf,)), ("factorial", (10**100,)), ("log", ("x",)), ("exp", (math.nan,)), ("sqrt", (math.inf,))]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
print(math.log(10**400) > 921, math.log2(2**2000), math.log10(10**500), math.isqrt(10**400) == 10**200)
