# complex(): from numbers, two parts (complex parts combine), keywords, and CPython's string grammar.
for s in ["1+2j", "(1+2j)", " 2j ", "-j", "j", "1", "1e3-4.5J", "inf+nanj", "+1.5e-3+1e3j", "1e+3j", "-1e-3-2E+2j",
          "1+", "(1", "1 + 2j", "1j+2", "", "()", "1_0j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for args in [(), (1.5,), (True,), (1, 2), (1j, 1j), ([],), (1, "2"), ("1", 2)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError", e)
print(complex(imag=2), complex(real=3), complex(2, imag=-0.0))
