# hash() of ints, floats, complex and fractions matching CPython's modular scheme.
import fractions, decimal
M = 2**61 - 1
for v in (0, 1, -1, -2, M, M + 1, -M, 2**61, 2**200, -(2**200), 10**18):
    print(v % 1000, hash(v))
for v in (0.25, -0.25, 1.1, 1e-300, 1e300, 123456.789, -2.0**62):
    print(v, hash(v))
for v in (1j, -1j, 2+3j, 1.5-0.5j, complex(M, 1)):
    print(v, hash(v))
print(hash(fractions.Fraction(1, 3)), hash(fractions.Fraction(5, 1)) == hash(5), hash(fractions.Fraction(1, 2)) == hash(0.5))
print(hash(decimal.Decimal("0.5")) == hash(0.5), hash(decimal.Decimal(7)) == hash(7))
print(hash(-1) == hash(-2), hash(-1.0), hash(complex(-1, 0)))
