# divmod, // and % with floats of both signs, tiny and huge values.
for a in (7.5, -7.5, 0.0, -0.0, 1e300, 1e-300):
    for b in (2.0, -2.0, 0.3, 1e-300):
        q, r = divmod(a, b)
        print(a, b, q, r, a // b == q, a % b == r)
print(divmod(1, 0.1), 1 // 0.1, 1 % 0.1, divmod(-1, 0.1))
print(divmod(10**20, 3.0), divmod(3, 10**20 + 0.0), 6 % -4.0, -6 % 4.0)
