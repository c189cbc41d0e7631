# complex attributes are read-only, complex subclasses, __complex__ returning a non-complex, and comparisons.
z = 3 + 4j
for attr in ("real", "imag"):
    try:
        setattr(z, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
class Z(complex):
    def norm(self):
        return abs(self)
w = Z(3, 4)
print(w, repr(w), w.norm(), type(w + 1).__name__, type(-w).__name__, type(w.conjugate()).__name__, w == 3 + 4j, hash(w) == hash(3 + 4j))
class Bad:
    def __complex__(self):
        return 5
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
for op in ("<", ">=", "max"):
    try:
        if op == "<":
            1j < 2j
        elif op == ">=":
            1j >= 1
        else:
            max([1j, 2j])
    except TypeError as e:
        print(op, type(e).__name__, e)
print(z.real.is_integer(), type(z.imag).__name__, complex(z) is z, 1j.imag, (-1j).real, complex(-0.0, -0.0).real)
