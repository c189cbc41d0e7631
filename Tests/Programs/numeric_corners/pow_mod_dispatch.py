# pow(a, b, m): which operand's type answers (ternary_op), and the messages of int, float and complex.
class M:
    def __index__(self):
        return 7
class P:
    def __pow__(self, other, mod=None):
        return ("P.__pow__", other, mod)
    def __rpow__(self, other, mod=None):
        return ("P.__rpow__", other, mod)
cases = [(2, 10, 1000), (-2, 3, 5), (2, -1, 7), (2, 3, -5), (True, 2, 3), (2, 3, 1j), (2.0, 1j, 3), (1j, 2, 3), (2, 3, 1.0),
         (2, 3.0, 5), (2, 3, "x"), ("x", 2, 3), (3, 2, M()), (P(), 2, 5), (2, P(), 5), (2, 3, P()), (2, 3, 0), (0, -1, 5)]
for args in cases:
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(2, 3, None), pow(base=3, exp=3, mod=5), (3).__pow__(2, 5), (3).__rpow__(2, 5), (2).__pow__(3, None))
