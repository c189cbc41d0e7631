# math.isclose tolerances and errors; math.fsum exactness, inf/nan and overflow.
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(-0.0, 0.0))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(10**20, 10**20 + 1), math.isclose(1, True))
for kw in [{"rel_tol": -1}, {"abs_tol": -0.1}]:
    try:
        math.isclose(1, 1, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.isclose(1, 1, 1e-9)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.isclose("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(iter([0.5, 0.25])), math.fsum([-0.0, -0.0]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1]), math.fsum([math.nan, 1]))
for vals in [[math.inf, -math.inf], [1e308, 1e308], [1.7976931348623157e308, 1e292]]:
    try:
        print(math.fsum(vals))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.fsum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(math.fsum([2**60, 1, -2**60]), math.fsum([10**20, 1.0, -10**20]))
