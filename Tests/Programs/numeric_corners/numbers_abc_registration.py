# numbers ABCs: which built-ins are Number/Integral/Real/Complex/Rational, plus Fraction and Decimal.
import numbers
from fractions import Fraction
from decimal import Decimal
for v in (1, True, 1.5, 1j, Fraction(1, 2), Decimal("1.5"), "1", None):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print(Fraction(0.75), Fraction("3/6"), Fraction(1.1).limit_denominator(10), Fraction(5, -10), Fraction(2, 4).numerator, float(Fraction(1, 8)))
for args in ((1, 0), ("1/0",), ("x",), (1.5, 2)):
    try:
        print(Fraction(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(Fraction(1, 3)), hash(Fraction(5, 1)) == hash(5), hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1, 3), 2), round(Decimal("2.675"), 2), round(Decimal("0.5")), sum([Fraction(1, 3)] * 3))
print(Fraction(1, 3) + 1, Fraction(1, 2) * 2.0, Decimal("1.1") + 2)
try:
    Decimal("1.1") + 1.5
except TypeError as e:
    print(type(e).__name__, e)
