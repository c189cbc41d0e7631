# Where repr/str/'g' switch to exponent notation, across powers of ten and precisions.
for k in range(-8, 19):
    v = 1.5 * 10.0 ** k
    print(k, repr(v), format(v, "g"), format(v, ".3g"), format(v, "#.3g"), format(v, ".12g"), "%g" % v)
for v in (1e16, 1e17, 9999999999999998.0, 123456789012345680.0, 0.0001, 0.00001, 1e-5 * 9.99):
    print(repr(v), str(v), format(v, ""), format(v, "g"), f"{v}")
