# Mixed int/float comparisons are exact, even for big ints beyond 2**53.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) == 2 ** 53, float(big))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 == 1.0, 1 < 1.5 < 2, 2 ** 63 == 9.223372036854775808e18, 0.5 == 1 / 2)
print(3 + 0.5, 3 * 1.5, 10 - 0.25, 7 / 2, 6 / 3, type(6 / 3).__name__)
print(sorted([3, 1.5, -2, 2 ** 60, 1e18, -0.5]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(int(2.9), int(-2.9), int(1e20), float(10 ** 20), float(-(2 ** 70)))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
