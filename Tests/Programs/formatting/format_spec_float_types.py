# format-spec for floats: e/f/g/%/none with precision, #, z (3.11), grouping and zero padding.
vals = (0.0, -0.0, 1.0, 123.456, -0.00001234, 1e15, 1e16, 1.5e300, 2.5, 0.5)
for spec in ("", ".0", ".1", ".3", "g", ".0g", "#.3g", "e", ".0e", "#.0e", "f", ".0f", "#.0f", "%", ".0%", "z.1f", "z", "+.2", "010.3", ",.3f", "_.1e"):
    print(repr(spec), [format(v, spec) for v in vals])
for spec in ("d", "c", ",_", "_,", ".f", "b"):
    try:
        format(1.5, spec)
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(float("nan"), "010"), format(float("-inf"), "^+9"), format(float("inf"), "E"), format(float("nan"), "F"))
print(format(1e100, ".120f")[:30], format(0.1, ".30f"), format(1/3, ".17g"))
