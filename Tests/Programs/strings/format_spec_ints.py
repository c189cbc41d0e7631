# Format specs for ints: fill, align, sign, #, 0, width, grouping, and the b/o/x/X/c/d types.
vals = [0, 7, -7, 255, -255, 123456789, 2 ** 70]
specs = ["", "d", "5d", "<5", "^7", ">7", "*^9", "+d", " d", "-d", "08d", "+08d", "_d", ",d", "#b", "b",
         "#o", "o", "#x", "x", "#X", "X", "_x", "#_b", "=+10", "010_d", "e", ".2f", "%"]
for spec in specs:
    print(f"{spec!r:8}", [format(v, spec) for v in vals])
print(format(65, "c"), format(0x1F600, "c"), format(True, "d"), format(True, ""), format(False, "5"))
for bad in ("s", ",b", "z", ".2d", "=s"):
    try:
        format(5, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
