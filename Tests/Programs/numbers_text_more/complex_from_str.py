# complex(str) spellings, complex(real, imag) with mixed arguments, and errors.
for s in ["1+2j", "  (1+2j)  ", "-1.5e3-2.5e-3j", "j", "-j", "+J", "1j", "3", "(3)", "inf+nanj", "-infj",
          "1_0+2_0j", "1 + 2j", "(1+2j", "1+2j)", "()", "", "1+2", "1+j2", "1e5j", "1.j", ".5-.5j",
          "nan", "((1+2j))", "1+2jj", "\u0661+\u0662j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(complex(1, 2), complex(1.5), complex(imag=3), complex(real=2), complex(), complex(1j, 1j))
print(complex(True, False), complex(2**53, -0.0), complex(-0.0, 0.0), complex(0.0, -0.0))
for a in [("1", 2), (1, "2"), (None,), ([1],), ("1+2j", 0)]:
    try:
        complex(*a)
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 3 + 4j
class Bad:
    def __complex__(self):
        return 5
print(complex(C()), abs(complex(C())))
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(complex(0, 1)), repr(complex(-0.0, -1)), repr(complex(1e20, 1e-20)), str(complex(1, float("nan"))))
print((1+2j).real, (1+2j).imag, (1+2j).conjugate(), (3+4j) == complex("3+4j"))
