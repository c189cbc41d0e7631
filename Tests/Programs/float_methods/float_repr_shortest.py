# repr/str of floats: shortest round-trip digits and the switch to exponent notation.
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        100.0, 1e22, 1e23, -0.0, 0.0, 3.0, -2.5, 1.0000000000000002, 0.9999999999999999]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), repr(-float("nan")))
print([1.0, -0.0, float("inf")], (0.5,), {1.25: 2.5})
print(str(1e16).count("e"), repr(12345678901234567.0))
