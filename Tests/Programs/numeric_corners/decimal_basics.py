# decimal.Decimal arithmetic, quantize, context precision, rounding, and comparisons with other numbers.
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, localcontext
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1) == 0.1, Decimal("1.30") * 2, Decimal("10") / 3, Decimal(2).sqrt())
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.665").quantize(Decimal("0.01"), ROUND_HALF_EVEN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 7, Decimal("123456789") + 0)
print(getcontext().prec, Decimal("1.5") < 2, Decimal("1.5") == 1.5, Decimal(3) == 3, Decimal("-0") == 0, Decimal("NaN") == Decimal("NaN"))
for f in (lambda: Decimal(1) / 0, lambda: Decimal("abc"), lambda: Decimal("inf") - Decimal("inf"), lambda: Decimal(1) < "1"):
    try:
        print(f())
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__)
print(Decimal("12.500").normalize(), Decimal("1E+2").to_integral(), int(Decimal("-3.9")), round(Decimal("3.14159"), 3), Decimal("7").as_tuple())
