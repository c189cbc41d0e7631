# Infinities and NaN: comparisons, arithmetic and conversions.
inf, nan = float("inf"), float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan >= 1)
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
x = nan
print(x is x, [x] == [x], x in [x], (x,) == (x,))
print(float("Infinity"), float("-iNF"), float("nan"), float("-nan"))
for f in (lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: 10.0 ** 400):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(max(1.0, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0]))
print(inf.is_integer(), (2.0).is_integer(), 1e300 * 10 == inf)
