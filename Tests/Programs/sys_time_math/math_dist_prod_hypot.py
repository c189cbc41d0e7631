# math.dist, math.prod, math.hypot with many arguments, ints, floats, and their errors.
import math
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 3)), math.dist([], []), math.dist([1.5], [-1.5]))
print(math.hypot(*range(10)), math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300), math.hypot(-0.0), math.hypot(3, 4, 12))
print(math.prod([1.5, 2, 4]), math.prod(range(1, 30)), math.prod([], start=5), math.prod([2, 3], start=0.5), math.prod([[1], 3], start=1))
for f in (lambda: math.dist([1], [1, 2]), lambda: math.dist(1, 2), lambda: math.hypot("a"), lambda: math.prod(5), lambda: math.prod([1], 2)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
