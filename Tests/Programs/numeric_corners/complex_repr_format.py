# repr/str/format of complex numbers with signed zeros, inf, nan and specs.
for z in (0j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), 1j, -1j, 1+1j, 1.5-2.5j, complex(1e20, 1e-20),
          complex(float("inf"), -float("inf")), complex(float("nan"), 1), 1e16j, 2+0j, complex(-0.0, 1)):
    print(repr(z), str(z))
z = 3.14159-2.71828j
for spec in ("", ".2f", "+.1e", "^30", "<20.3g", "g", "10", ".0f", "*>30.2f"):
    print(repr(spec), format(z, spec))
for spec in ("d", "%", "=10", "010"):
    try:
        print(format(z, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f"{1+2j!r:>10}", "%s" % (1-1j), "{:.1f}".format(0.25+0.75j))
print(hash(1j), hash(1+0j) == hash(1), hash(complex(2, 3)), hash(complex(-1, 0)))
