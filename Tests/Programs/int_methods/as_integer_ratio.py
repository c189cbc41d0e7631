# int.as_integer_ratio, numerator/denominator/real/imag, conjugate.
for n in (0, 5, -7, 10**25, True, False):
    print(n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(type(True.as_integer_ratio()[0]).__name__, type(True.numerator).__name__, type(True.real).__name__)
class I(int):
    pass
x = I(9)
print(type(x.as_integer_ratio()[0]).__name__, type(x.real).__name__, type(x.conjugate()).__name__)
print(int.is_integer(3) if hasattr(int, "is_integer") else "no is_integer")
try:
    (3).numerator = 4
except AttributeError as e:
    print(type(e).__name__, e)
