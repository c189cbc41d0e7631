# The % presentation type for floats and ints, with precision and special values.
for v in (0, 1, 0.5, 0.125, -0.0125, 1.0 / 3, 12.3456, float("inf"), float("nan"), 10**20):
    print(format(v, "%"), format(v, ".0%"), format(v, ".2%"), format(v, "+.1%"), format(v, "10.1%"))
print(f"{0.995:.1%}", f"{0.9995:.1%}", f"{0.00005:.2%}", f"{True:%}")
