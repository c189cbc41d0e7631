# format() of strs: width, precision truncation, fill characters (incl. non-ASCII), and errors.
vals = ["", "a", "abc", "\xe9t\xe9", "\u20ac\u20ac", "x" * 12]
specs = ["", "5", "<5", ">5", "^6", "*^7", "\u2022>6", ".2", "6.2", "^9.4", ".0", "s", "10s", "0<4", "04"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
for bad in ["d", "=5", "+", " 5", "#", ",", "_", "05d", "x"]:
    try:
        print(repr(bad), format("ab", bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print("{:>{}}".format("r", 4), "{:{}{}{}}".format("m", "*", "^", 5), "{:.{}}".format("trunc", 3))
class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"
print(format(S("x"), "5"), "{:abc}".format(S("y")), f"{S('z'):q}")
print(format("x", "\x00<3") == "x\x00\x00", format("x", "{<3") if False else "skip")
