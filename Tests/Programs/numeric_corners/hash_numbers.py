# hash() of ints, floats, and complex matching CPython's modular scheme.
M = 2**61 - 1
for v in (0, 1, -1, -2, M, M + 1, -M, 2**61, 2**200, -(2**200), 10**18):
    print(v % 1000, hash(v))
for v in (0.25, -0.25, 1.1, 1e-300, 1e300, 123456.789, -2.0**62):
    print(v, hash(v))
for v in (1j, -1j, 2+3j, 1.5-0.5j, complex(M, 1)):
    print(v, hash(v))
print(hash(-1) == hash(-2), hash(-1.0), hash(complex(-1, 0)))
