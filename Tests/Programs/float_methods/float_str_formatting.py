# format() of floats with e/f/g/%/n-less specs, precision, signs and inf/nan.
vals = [0.0, -0.0, 1.5, -1234.5678, 1e-7, 1e16, 123456789.0, float("inf"), float("-nan"), 2.5, 0.125]
for spec in ("", "f", ".2f", "e", ".3e", "g", ".3g", "G", "%", ".1%", "+", " ", "010.2f", "<10", "^12.3",
             ",.2f", "_.1f", "#.0f", "#g", ".0e", "z.1f", "-.2f"):
    print(repr(spec), [format(v, spec) for v in vals])
