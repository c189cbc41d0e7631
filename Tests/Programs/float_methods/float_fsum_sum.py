# sum() of floats vs math.fsum, with start values, inf and nan.
import math
xs = [0.1] * 10
print(sum(xs), math.fsum(xs), sum(xs, 0.0), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(sum([1, 2.5, True]), sum([], 0.5), sum([0.5, 0.25], 1), math.fsum([]), math.fsum(range(10)))
print(sum([float("inf"), 1.0]), math.fsum([float("inf"), 1.0]))
try:
    math.fsum([float("inf"), float("-inf")])
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(type(e).__name__, e)
print(sum([-0.0, -0.0]), sum([-0.0], -0.0), math.fsum([-0.0, -0.0]))
try:
    math.fsum(["a"])
except TypeError as e:
    print(type(e).__name__, e)
