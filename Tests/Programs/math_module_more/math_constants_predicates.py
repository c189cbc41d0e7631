# math constants and predicates: isfinite/isinf/isnan on ints, bools, huge ints and objects.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
print(math.tau == 2 * math.pi, math.inf == float("inf"), math.nan == math.nan)
for v in [0, 1.5, -0.0, math.inf, -math.inf, math.nan, True, 10**300]:
    print(repr(v), math.isfinite(v), math.isinf(v), math.isnan(v))
for fn in (math.isfinite, math.isinf, math.isnan):
    for bad in ["x", None, 10**400]:
        try:
            print(fn.__name__, fn(bad))
        except (TypeError, OverflowError) as e:
            print(fn.__name__, type(e).__name__, e)
class Fl:
    def __float__(self):
        return math.inf
print(math.isinf(Fl()), math.isfinite(Fl()))
print(sorted(n for n in dir(math) if not n.startswith("_"))[:12])
print(math.__name__, type(math.sqrt).__name__, math.sqrt.__name__, repr(math.sqrt))
