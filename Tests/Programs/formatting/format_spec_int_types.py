# format-spec for ints: presentation types, sign, #, grouping, n and c and errors.
n = 1234567
for spec in ("d", "+d", " d", "-d", ",", "_", ",d", "_x", "_o", "_b", "#_b", "012,", "+015_d", "n", "c", "e", ".2f", "%", "g", "X", "#X", ".3"):
    try:
        print(repr(spec), repr(format(n if spec != "c" else 9731, spec)), repr(format(-n if spec != "c" else 65, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for spec in (",c", "+c", ".2d", "#c", ",n", "_n", "z"):
    try:
        print(format(65, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(0, ","), format(-999, ","), format(1000, ","), format(10**20, "_"), format(True, ","), format(2**64, "#x"))
try:
    format(0x110000, "c")
except OverflowError as e:
    print(type(e).__name__, e)
