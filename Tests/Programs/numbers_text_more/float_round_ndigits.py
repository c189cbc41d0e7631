# round() on floats with ndigits: half-even on the exact binary value, negative ndigits, huge ndigits.
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e300, 5e-324, 0.0, -0.0]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -3))
print(round(1.23456789, 5), round(123456.789, -2), round(0.5, 400), round(1e-300, 300), round(1e308, -308))
print(round(1e308, -309), round(-1e308, -308), round(9.5e307, -308), round(5e-324, 323))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(repr(v), round(v, 2), round(v, -2))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
try:
    round(2.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("2.5")
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5, 10**20), round(2.5, -10**20), round(-2.5, -10**20))
print(round(True), round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(12345, -10))
print(round(10**20 + 5, -1), round(10**20 + 15, -1), type(round(7, 2)).__name__)
