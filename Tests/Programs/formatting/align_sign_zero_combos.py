# Combinations of fill, =/</>/^ alignment, sign, # and 0 flags on ints and floats.
specs = ["=+10", "0=10", "*=+10", "<+010", ">-010", "^ 010", "+#010x", "#=12b", " =8.2f", "+012.3e", "x=+10,", "0=+12_"]
for spec in specs:
    out = []
    for v in (1234, -1234, 0, 3.5, -0.0):
        try:
            out.append(repr(format(v, spec)))
        except ValueError as e:
            out.append(f"ValueError({e})")
    print(repr(spec), out)
