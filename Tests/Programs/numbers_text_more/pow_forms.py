# pow() and ** : three-argument forms, negative exponents, modular inverse, floats and errors.
print(pow(2, 10), pow(2, -1), pow(-2, -2), pow(0, 0), pow(0.0, 0), 2 ** -3, (-8) ** (1/3))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 2, 5), pow(3, 2, -5), pow(5, 0, 1), pow(5, 0, -1))
print(pow(38, -1, 97), pow(2, -3, 11), pow(10**20, 10**20, 10**9 + 7), pow(2, 10**6, 1000))
for args in [(2, -1, 4), (3, 2, 0), (2.0, 2, 3), (2, 2.0, 3), (2, 2, 3.0), (0, -1), (0.0, -1), (0, -1, 5),
             (-8.0, 0.5), (2, 3, "x"), ("2", 2), (1j, 2, 3)]:
    try:
        print(args, pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(pow(-1, 10**20), pow(-1, 10**20 + 1), pow(1, -10**20), pow(2.0, -1074), pow(2.0, -1075))
try:
    pow(10.0, 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(-2.0, 3), pow(-2.0, -3), pow(float("inf"), 0), pow(float("nan"), 0), pow(1, float("nan")))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
print(pow(True, 2), pow(2, True), 0 ** 0, 0.0 ** 0.0, (-0.0) ** -1 if False else "skip")
try:
    (-0.0) ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, 100, 2**64 + 1), pow(-7, 3, 10), pow(7, -2, 10) if True else 0)
