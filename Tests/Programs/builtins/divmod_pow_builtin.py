# divmod and pow for ints, floats and big numbers, with modular forms and error cases.
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (10 ** 25, 7), (-(10 ** 25), 10 ** 12), (0, 5)]:
    print(a, b, divmod(a, b))
print(pow(2, 100), pow(2, 100, 1000007), pow(-2, 3), pow(2, -2), pow(2.5, 2), pow(-8, 1 / 3), pow(0, 0), pow(0.0, 0))
print(pow(3, -1, 11), pow(10, 10 ** 18, 13), pow(7, 0, 1), pow(-1, 10 ** 20 + 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
for call in (lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(0, -1), lambda: pow(4, -1, 8)):
    try:
        print(call())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
