# format() of floats over the presentation types with precision, alternate form and special values.
vals = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e16, 123456789e20, float("inf"), float("-nan")]
specs = ["", "f", ".0f", "#.0f", ".3f", "e", ".0e", "#.0e", "E", "g", ".0g", "#g", "#.3g", "G", "%", ".0%", "n",
         "10.2f", "<10", "^+12.3e", "010.1f", "=+10.1f", ",.2f", "_.1f", ".1", ".12", "r" if False else "f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append("!" + str(e))
    print(repr(v), row)
for bad in ["d", "x", "c", ",d", "#s"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(1e300, ".400f")[:12], len(format(1e300, ".400f")), format(5e-324, ".1000e")[:10])
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1.005, ".2f"))
print(format(123.456, ".2g"), format(0.0001234, ".2g"), format(1e-5, "g"), format(1e16, "g"), format(123456, "g"))
