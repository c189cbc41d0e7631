# round() of floats: banker's rounding, correctly rounded ndigits, negative ndigits, inf/nan.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999999999999996))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2), round(5e-324, 400))
print(round(1.5, 0), round(2.5, None), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(1e300, -299), round(1e300, -310), round(123.456, 10), round(0.1 + 0.2, 15), round(-0.0, 1))
print(round(float("inf"), 2), round(float("nan"), 1), round(1e16, 5))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(10**20 + 5, -1), round(5, 2))
print(round(True), round(123456, -10))
