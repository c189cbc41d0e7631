# Format specs for floats: f, e, g, %, precision, alignment, grouping, z; rounding is half-even on the binary value.
vals = [0.0, -0.0, 1.5, 2.5, -2.675, 1234567.891, 1e-7, 1e16, 123.456e20, float("inf"), float("nan"), 0.1]
specs = ["", "f", ".0f", ".2f", "10.3f", "<10.1f", "+.1f", "e", ".3e", "E", "g", ".3g", "G", "#g", ".0%", ",.2f", "_.3f", "015.2f", "z.1f", ".10g", ".1", ".17"]
for spec in specs:
    print(f"{spec!r:8}", [format(v, spec) for v in vals])
print(format(2.675, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"), round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(format(1e300 * 10, "f"), format(1 / 3, ".20f"), format(2 ** 0.5, ".50f"))
print("%.3f|%10.2e|%-8.1f|%g|%G" % (3.14159, 12345.678, 2.5, 1e-10, 1e20))
