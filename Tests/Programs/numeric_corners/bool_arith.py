# bool is an int: arithmetic, bitwise results keep bool only for &, |, ^ of two bools.
print(True + True, True - False, True * 3, True / 2, True // 2, -True, +True, ~False, abs(-True))
print(type(True + False).__name__, type(True & False).__name__, type(True | 1).__name__, type(-True).__name__)
print(True & True, True | False, False ^ True, True & 3, 2 | True, True ^ 1)
print(True == 1, False == 0, hash(True), hash(False), True < 2, sum([True] * 5))
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(float("nan")))
print(repr(True), str(False), f"{True}", f"{True:d}", f"{False:>5}", format(True, "x"), "%d %s" % (True, False))
print(int(True), float(False), complex(True), True.real, True.numerator, True.denominator)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class L:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
print(bool(L()))
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
print({True: "a", 1: "b", 1.0: "c"}, [1, True, 1.0].count(True))
