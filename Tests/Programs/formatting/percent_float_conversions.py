# %-formatting of floats: e/E/f/F/g/G with precision, flags and inf/nan.
vals = (0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-5, 1e20, 0.000123456, float("inf"), float("nan"), float("-inf"))
for fmt in ("%f", "%.2f", "%e", "%.3E", "%g", "%G", "%.10g", "%#g", "%+.1f", "% .0f", "%#.0f", "%010.3f", "%-12.2e|", "%F"):
    print(fmt, " ".join(fmt % v for v in vals))
print("%f" % 10**20, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5, "%.1f" % 0.25, "%.1f" % 0.35, "%.3g" % 100000)
print("%.60f" % 0.1)
print("%.120f" % 1e-100 == format(1e-100, ".120f"), len("%.200f" % 1.0))
try:
    "%f" % "x"
except TypeError as e:
    print(type(e).__name__, e)
print("%f" % 3, "%e" % True, "%g" % 10**30)
