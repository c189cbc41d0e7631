# float arithmetic with inf, nan, -0.0 and division/modulo by zero.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, nan + 1, nan == nan, nan != nan)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, abs(-0.0), -(0.0))
for a, b in ((1.0, 0.0), (0.0, 0.0), (1, 0.0), (-1.0, -0.0)):
    for f in (lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
        try:
            print(f())
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
print(5.5 // 2, -5.5 // 2, 5.5 % -2, -5.5 % 2, divmod(-7.5, 2), divmod(7.5, -2))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(inf % 2, 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(-0.0 % 5, 0.0 % -5, divmod(-0.0, 1), 3.0 % 1.5, -3.0 % 1.5)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
print(2.0 ** -10000, (-8.0) ** (1/3), 0.0 ** 0.0, inf ** 0, nan ** 0, 1 ** nan)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
