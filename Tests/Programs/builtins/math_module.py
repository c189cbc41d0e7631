# The math module: exact integer functions, floating-point functions, constants and domain errors.
import math
print(math.sqrt(2), math.isqrt(10 ** 20 + 1), math.factorial(25), math.comb(50, 25), math.perm(10, 3))
print(math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6, 10), math.gcd(-12, 18), math.gcd())
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10 ** 20 + 0.5), type(math.floor(2.0)).__name__)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.hypot(3, 4))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(math.e), math.exp(0), math.pow(2, 0.5))
print(math.sin(0), math.cos(0), math.atan2(1, 1) * 4, math.degrees(math.pi), math.radians(180), math.copysign(1, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.modf(2.5), math.frexp(8.0))
for call in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000)):
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
