# int(), float() and bool() on every kind of argument.
print(int(3.99), int(-3.99), int("42"), int(" -0x10 ", 16), int(b"12"), int(bytearray(b"7")), int(True), int("١٢٣"))
print(float(7), float("-1.5e-3"), float(b"2.5"), float("  inf "), float(" -NaN "), float(True), float(10 ** 20))
print(bool(0), bool(0.0), bool(0j), bool(""), bool([]), bool(None), bool(1), bool("0"), bool([0]), bool(-0.0))
class Both:
    def __float__(self): return 1.25
    def __index__(self): return 3
print(float(Both()), int(Both()), [0, 1, 2, 3][Both()])
for call in (lambda: int("1.5"), lambda: float("1,5"), lambda: int([1]), lambda: float(None), lambda: int("")):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
