# Complex numbers: literals, arithmetic, repr, attributes and errors.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), -z)
print(z + 1, z * 1j, z / 2, z ** 2, (1j) ** 2, 1j * 1j)
print(complex(1, -0.0), complex("1+2j"), complex(2), 0j, -0j, 1e300j * 10)
print(z == 3 + 4j, z != 4 + 3j, 1 + 0j == 1)
try:
    z < z
except TypeError as e:
    print("TypeError", e)
try:
    (1 + 1j) // 2
except TypeError as e:
    print("TypeError", e)
