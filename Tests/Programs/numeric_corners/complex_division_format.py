# complex division scaling (large and tiny parts), power corners and format specs with fill, sign, grouping and alternate forms.
for a, b in [(1+1j, 1e308+1e308j), (1e-310+1e-310j, 1e-310j), (3+4j, 0.5), (5, 2+0j), (1e300j, 1e-300+1e-300j)]:
    print(a / b)
for a, b in [(0j, 0), (1j, 0j)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for base, exp in [(0j, 2), (0j, 0.5), (2j, -2), (1+1j, 3), (1e200j, 2), (2, 0.5j), (-8, 1/3)]:
    try:
        print(base ** exp)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
z = complex(-1234.5, 0.25)
for spec in ("", "g", ".3g", "+.2f", " .1f", ",.2f", "_.1f", "#.0f", "#g", "e", "E", ".1%", "n", "z.1f", "15", "<25.2f", "=^30.1e", "x^20", ">3"):
    try:
        print(repr(spec), repr(format(z, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for w in (complex(0, -0.0), complex(-0.0, 0), complex(float("nan"), float("inf")), 1e-7j, 123456789j):
    print(format(w, ""), format(w, "g"), format(w, ".2f"), format(w, "10"), f"{w!s:>14}")
