# Format types n (locale-free in the C locale) and c for ints, and n for floats.
for v in (0, 1234567, -9876543210):
    print(format(v, "n"), format(v, "10n"), format(v, "<12n") + "|", format(v, "+n"))
for v in (1234.5678, -0.5, 1e20, float("nan")):
    print(format(v, "n"), format(v, ".3n"), format(v, "12.2n"))
print(format(65, "c"), format(0x263A, "c"), format(10, "c") == "\n", f"{97:c}{98:c}", format(65, ">4c"), format(0, "c") == "\x00")
