# format() of ints over fill/align/sign/#/0/width/grouping/type combinations.
vals = [0, 7, -7, 255, -65536, 10**12, True]
specs = ["", "5", "<5", ">5", "^5", "=+8", "*^9", "+", "-", " ", "05", "+06", "#x", "#08x", "#o", "#b", ",", "_",
         "_x", "10,", "e", ".2e", "%", ".1%", "g", "n", "c" , "X", "#X", "=10", "0=8", "-^7", "+,"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append("!" + type(e).__name__)
    print(v, row)
for bad in ["s", "z", ",_", "_,", ".2", "#c", "+c", ",c", ",b", "=", "<<5", "05s"]:
    try:
        print(bad, format(3, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(-1, "c") if False else "skip", format(65, "c"), format(0x1F600, "c"))
try:
    format(0x110000, "c")
except OverflowError as e:
    print(type(e).__name__, e)
