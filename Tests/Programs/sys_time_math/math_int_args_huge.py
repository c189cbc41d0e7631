# math functions with huge int arguments: log of big ints, sqrt overflow, floor/ceil of ints, comb of big n.
import math
big = 10**400
print(math.log(big), math.log10(big), math.log2(2**5000), math.log(big, 10), math.floor(big) == big, math.ceil(-big) == -big)
for f in (lambda: math.sqrt(big), lambda: math.exp(big), lambda: math.sin(big), lambda: float(big), lambda: math.log(-big), lambda: math.log(0)):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.comb(1000, 500) % (10**9 + 7), math.perm(50, 10), math.isqrt(big) == 10**200, math.gcd(big, 6**300) == 2**300, math.lcm(2**100, 3**50) == 2**100 * 3**50)
print(math.fsum([big // 10**390, 1]), math.trunc(big) == big, math.hypot(3, 4.0), math.prod([10**200, 10**200]) == big)
