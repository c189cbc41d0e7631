# math.prod with start, big ints and non-numbers; math.dist argument checks.
import math
print(math.prod([]), math.prod([2, 3, 4]), math.prod(range(1, 11)), math.prod([2.5, 2]), math.prod([2], start=5))
print(math.prod(["ab", 3], start=1), math.prod([[1], 2], start=1), math.prod(iter([1j, 1j])))
print(math.prod([10**20, 10**20]), math.prod([True, True, 3]), math.prod([], start="x"))
try:
    math.prod([1, "a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.prod(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.prod([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
print(math.dist((0, 0), (3, 4)), math.dist([1], [4]), math.dist((), ()), math.dist((1, 2, 3), (1, 2, 3)))
print(math.dist((0, math.inf), (0, 0)), math.dist((10**20, 0), (0, 0)))
for args in [((1, 2), (1,)), ([1], 2), ((1, "a"), (1, 2)), ((1,),)]:
    try:
        math.dist(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
