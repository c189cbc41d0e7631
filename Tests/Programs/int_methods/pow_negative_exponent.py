# int ** negative gives float; 0 ** negative raises; big exponents.
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 1 ** -100, (-1) ** -3)
print(type(2 ** -1).__name__, type(2 ** 0).__name__, 0 ** 0, (-5) ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2 ** -(10**5)
except Exception as e:
    print(type(e).__name__, e)
print(2 ** -1074, 2 ** -1075)
try:
    print(10 ** -400)
except Exception as e:
    print(type(e).__name__, e)
try:
    print((10**400) ** -1)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2, -1), pow(-8, -1), pow(3, 2))
print((-2) ** 63, (-2) ** 64, 3 ** 40)
