# complex corners: signed zero arithmetic, pow with int/float/complex exponents, equality with numbers.
z = complex(-0.0, 0.0)
print(z, -z, z + 0, z * 1, complex(0, -0.0) * 1j, 1j * 1j, (1j) ** 3, (2 + 0j) ** 10, (1 + 1j) ** -2)
print((1 + 2j) ** 0.5, (-1) ** 0.5 == 1j ** 1, (1j) ** 1j, 0j ** 0j, 2 ** (1j * 0), pow(1j, 2))
print(1j == complex(0, 1), 1 == 1 + 0j, 1.5 == complex(1.5), (1 + 0j) in {1}, hash(1.5 + 0j) == hash(1.5), {1: "a"}[1 + 0j])
print(complex("1e500j"), complex("-1e500"), complex(1e308) * 10, (1e308 + 1e308j) * 1, abs(1e-320j))
try:
    (1e200 + 1e200j) ** 1e10
except OverflowError as e:
    print(type(e).__name__, e)
try:
    0j ** (-1 + 1j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(divmod(5, 2) == (2, 1), (3 + 4j).__abs__(), (3 + 4j).__neg__(), (2j).conjugate(), complex.__name__)
