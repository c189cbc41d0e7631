# math float functions with exactly representable results and special values.
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(-0.0), math.exp(0), math.log(1), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.log(math.e), math.log1p(0), math.expm1(0), math.pow(2, 10), math.pow(2, -1), math.fabs(-3))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1, 1), math.dist((0, 0), (3, 4)), math.copysign(1, -0.0), math.copysign(2, 3))
print(math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2), math.modf(3.5), math.modf(-0.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.cbrt(27))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.trunc(-2.7), math.degrees(math.pi), math.radians(180))
print(math.cos(0), math.sin(0), math.tan(0), math.atan2(0, -1), math.atan2(-0.0, -1), math.asin(1), math.acos(1), math.atan(math.inf))
print(math.cosh(0), math.sinh(0), math.tanh(math.inf), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.fsum([0.1] * 10))
