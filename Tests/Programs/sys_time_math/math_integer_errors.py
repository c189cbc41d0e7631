# math integer functions with bools, floats, negatives and huge values: results and exact messages.
import math
calls = [("factorial", (True,)), ("factorial", (5.0,)), ("factorial", (-3,)), ("comb", (5, 2.0)), ("comb", (5, -1)), ("comb", (True, True)),
         ("perm", (5, None)), ("perm", (-5,)), ("gcd", (0.0, 1)), ("gcd", (True, 4)), ("lcm", (2**70, 3)), ("isqrt", (True,)),
         ("isqrt", (-0,)), ("isqrt", ("9",)), ("comb", (10**20, 2)), ("perm", (10**20, 1))]
for name, args in calls:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(name, args, type(e).__name__, e)
