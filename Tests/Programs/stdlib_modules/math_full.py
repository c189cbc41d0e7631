# math: values of the float algorithms (gamma, lgamma, fsum, hypot, dist) over sweeps, the
# integer functions on big ints, and __floor__/__ceil__/__trunc__/__index__ protocols.
import math

xs = [0.1 * i - 7.05 for i in range(150)] + [0.5, 1.5, 2.5, 10.5, 33.3, 99.9, 141.5, 170.2, 1e-10, 1e-25, -1e-25]
print([math.gamma(x) for x in xs if x != round(x) or x > 0])
print([math.lgamma(x) for x in xs])
print([math.erf(x) for x in xs[::7]], [math.erfc(x) for x in xs[::9]])
print([math.hypot(x, x / 3, 1.25) for x in xs[::5]])
print(math.hypot(1e-320, 3e-320), math.hypot(1e308, 1e308), math.hypot(), math.hypot(-3), math.hypot(1.5, 2.5, 3.5, 4.5, 5.5))
print(math.dist((1, 2, 3), (4, 6, 8)), math.dist([0.1, 0.2], iter([0.3, 0.7])), math.dist((), ()))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([2.0**53, 1.0, 2.0**-53]), math.fsum([1.0, 1e-16, 1e-16]), math.fsum(range(1000)), math.fsum([]))
print(math.fsum([float("inf"), 1.0]), math.fsum([float("nan"), 1.0]), math.fsum(x / 7 for x in range(100)))
print(math.factorial(0), math.factorial(25), len(str(math.factorial(1000))), math.factorial(True))
print(math.comb(10, 3), math.comb(60, 30), math.comb(10**12, 2), math.comb(5, 0), math.comb(0, 0))
print(math.perm(10, 3), math.perm(6), math.perm(5, 0), math.perm(10**10, 2))
print(math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(2**80, 6**40), math.gcd(7))
print(math.lcm(4, 6, 10), math.lcm(-3, 5), math.lcm(2**70, 3**30), math.lcm(5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2**64 - 1), math.isqrt(10**40 + 1), math.isqrt(True))
print(math.prod(range(1, 11)), math.prod([0.5, 4]), math.prod([], start=7), math.prod(["ab"], start=1), math.prod([[1]], start=3))
print(math.frexp(0.0), math.frexp(-0.3), math.frexp(1e300), math.ldexp(0.75, 3), math.ldexp(1.0, -1080), math.ldexp(-0.0, 5))
print(math.modf(2.75), math.modf(-0.0), math.modf(float("-inf")), math.nextafter(0.0, 1.0), math.nextafter(1.0, 0.0))
print(math.ulp(0.0), math.ulp(1e300), math.ulp(-5.0), math.ulp(float("nan")), math.remainder(10, 3), math.remainder(-7.5, 2))
print(math.log(100, 10), math.log(2**1000, 2), math.log(10**1000), math.log2(1024), math.log10(0.001), math.log1p(1e-20))
print(math.exp(1), math.expm1(1e-10), math.exp2(0.5), math.cbrt(27.0), math.cbrt(-2), math.sqrt(2), math.sqrt(10**300))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(2), math.acosh(2), math.atanh(0.5))
print(math.degrees(1), math.radians(90), math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), math.fmod(7, float("inf")))
print(math.pow(2, 0.5), math.pow(float("inf"), -1), math.pow(-2, float("inf")), math.pow(float("nan"), 0), math.pow(1, float("nan")))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-10), math.isclose(float("inf"), float("inf")))
print(math.isfinite(1e308), math.isinf(-float("inf")), math.isnan(float("nan")), math.isnan(3))


class Number:
    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __trunc__(self):
        return "trunc"

    def __float__(self):
        return 2.5


class Index:
    def __index__(self):
        return 6


n = Number()
print(math.floor(n), math.ceil(n), math.trunc(n), math.sqrt(n), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(10**30), math.ceil(True), math.factorial(Index()), math.comb(Index(), 2), math.gcd(Index(), 4), math.isqrt(Index()))
print(type(math.floor(2.0)), math.floor(1e20), math.ceil(-1e-300))
