# format() and %-formatting of decimal.Decimal and fractions.Fraction values.
from decimal import Decimal
from fractions import Fraction
d = Decimal("1234.5678")
for spec in ("", "f", ".2f", ".3e", "g", ".2%", ",", ">12.1f", "+", "010.2f"):
    print(repr(spec), format(d, spec))
print(format(Decimal("-0"), ""), format(Decimal("NaN"), ""), format(Decimal("1E+3"), "f"), str(Decimal("1.10")), repr(Decimal("2.50")))
print("%s %r %.2f %d" % (d, d, d, d), str(Fraction(3, 4)), repr(Fraction(-6, 4)), "%s|%.3f" % (Fraction(1, 3), Fraction(1, 3)))
print(f"{Fraction(1, 3)}", f"{float(Fraction(1, 3)):.4}", format(Fraction(5, 1)))
try:
    format(Fraction(1, 3), ".2f")
except TypeError as e:
    print(type(e).__name__, e)
