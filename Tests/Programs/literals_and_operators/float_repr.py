# Float repr is the shortest string that round-trips, with exponent switching rules.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 0.0, 1e16, 1e15, 123456789012345678.0,
        1e22, 1e-4, 1e-5, 0.0001234, 5e-324, 1.7976931348623157e308, 2.5, 1 / 3,
        2 / 3, 100.0, 1e100, 9007199254740993.0, 0.3, 1.1 * 3, 12345.678]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), -float("inf"), float("nan"), repr(float("-inf")))
print(1e300 * 1e10, -1e300 * 1e10)
print([1.5, -2.25], (0.5,), {1.0: 2.0})
