# float ** with negative bases and fractional exponents gives complex; pow() corners.
print((-8) ** 0.5, (-1.0) ** 0.5, (-2.0) ** 2, (-2.0) ** -1, (-0.0) ** 3, (-0.0) ** 0.5)
print(pow(-27, 1/3), type((-4.0) ** 0.5).__name__)
print(pow(2.0, 3), pow(4, 0.5), pow(2, -1.0), pow(-1.0, float("inf")), pow(0.5, float("-inf")))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (-0.0) ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(10.0 ** 308, 10.0 ** -323, 1.0000001 ** 1e6)
