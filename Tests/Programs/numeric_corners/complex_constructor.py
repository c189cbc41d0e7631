# complex() from numbers, strings and __complex__ objects, with its errors.
print(complex(), complex(1), complex(1.5, -2), complex(True, False), complex(1j, 1j), complex(1, 2j))
for s in ("1+2j", " (3-4j) ", "j", "-j", "1e3j", "inf+nanj", "1.5", "2J", "(1)", "1 + 2j", "1+", "", "j1", "((1+2j))"):
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
class C:
    def __complex__(self):
        return 3+4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
for args in (("1", 2), (1, "2"), (None,), ([],)):
    try:
        complex(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(complex(real=1, imag=2), complex(imag=5))
