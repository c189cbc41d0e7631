# Float literal forms: leading/trailing dots, exponents with signs and underscores, and float() of the same text.
print(.5, 5., 0e0, 1E3, 1e-3, 1_000.000_1, 1e1_0, 0.0e-999, 1e308, 00.5, 0_0.1)
for s in (".5", "5.", "0e0", "1E3", "1_000.000_1", "1e1_0", "00.5", "1.e5", ".e5", "1e", "e5", "1._5", "1_.5", "1e_5", "+.5", "-.5e-2", "0x1.8p1"):
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
