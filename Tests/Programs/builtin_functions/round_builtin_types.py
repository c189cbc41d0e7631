# round() for ints, bools and user __round__ (floats are in float_methods/float_round_ndigits).
print(round(5), round(-5, 2), round(12345, -2), round(15, -1), round(-15, -1), round(2**70 + 2**69, -21))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
for f in (lambda: round("1"), lambda: round(1.5, "1"), lambda: round(), lambda: round(object())):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(round(5, 1)).__name__, type(round(True)).__name__, round(True, 1), round(0.5 + 1e-16), round(-0.4), round(-0.6))
