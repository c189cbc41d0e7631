# math.comb, math.perm, math.factorial and math.isqrt: exact big results and argument errors.
import math
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(0, 0))
print(math.comb(100, 50), math.comb(10**6, 2), math.comb(True, True))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(0), math.perm(5, None))
print(math.factorial(0), math.factorial(1), math.factorial(20), len(str(math.factorial(500))))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
for fn, args in [(math.comb, (-1, 2)), (math.comb, (5, -1)), (math.comb, (5.0, 2)), (math.comb, ("5", 2)),
                 (math.perm, (-1,)), (math.perm, (3, -2)), (math.perm, (3.5,)),
                 (math.factorial, (-1,)), (math.factorial, (5.0,)), (math.factorial, (2.5,)), (math.factorial, ("3",)),
                 (math.isqrt, (-1,)), (math.isqrt, (4.0,)), (math.comb, (5,)), (math.perm, ())]:
    try:
        print(fn.__name__, args, fn(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(fn.__name__, args, type(e).__name__, e)
class Ix:
    def __index__(self):
        return 6
print(math.comb(Ix(), 2), math.factorial(Ix()), math.isqrt(Ix()), math.perm(Ix(), Ix()))
print(math.comb(2**70, 2) == (2**70) * (2**70 - 1) // 2, math.perm(2**40, 1) == 2**40)
