# round: banker's rounding, ndigits (also negative), ints stay ints, floats with binary error.
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001)], type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, 0))
print(round(10 ** 30 + 5, -1), round(123, 5), round(1.5, None), round(0.0, 1), round(-0.0), round(-0.4))
print(round(1e300, 2), round(1e-300, 2), round(123.456, -10), type(round(7, 2)).__name__, type(round(7.0, 2)).__name__)
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
