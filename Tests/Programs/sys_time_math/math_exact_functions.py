# math functions with exact integer results: gcd, lcm, isqrt, factorial, comb, perm, prod.
import math
print(math.gcd(12, 18), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(2**100, 6**50))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6, 10), math.isqrt(0), math.isqrt(99), math.isqrt(10**40 + 1))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(200))), math.comb(10, 3), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.prod([]), math.prod(range(1, 11)), math.prod([2, 0.5]), math.prod([1, 2], start=3), math.comb(100, 50))
for f in (lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.comb(-1, 2),
          lambda: math.comb(1.5, 1), lambda: math.perm(2, -1), lambda: math.gcd(1.5), lambda: math.isqrt(4.0)):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
