# Power corners: negative exponents give floats, three-argument pow, modular inverse.
print(2 ** -2, (-2) ** -3, 10 ** -1, 0 ** 0, (-1) ** 10 ** 10)
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(2, -1, 7), pow(38, -1, 97))
print(pow(2, 10), pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3).__class__.__name__)
for args in [(2, -1, 4), (2, 2, 0), (2, 1.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(2 ** 0.5, 10 ** 20 * 1.0, (10 ** 10) ** 3)
