# Every presentation type code against int, negative int, bool, float, negative float, complex, str: result or error.
vals = [42, -7, True, 3.5, -0.125, 1 + 2j, "s"]
codes = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r"]
for code in codes:
    row = []
    for v in vals:
        try:
            row.append(format(v, code))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(repr(code), row)
