# Mixed int/float/complex/bool arithmetic result types and values.
vals = [2, 2.0, 2j, True]
for a in vals:
    print([type(a + b).__name__ for b in vals], [type(a * b).__name__ for b in vals])
print(7 // 2.0, 7 % 2.0, -7 // 2.0, 2 ** 0.5, 2 ** 2.0, 10 ** -2, 10.0 ** 2)
print(1 + 2.5j, 2 * (1 - 1j), 1 / 2j, True + 1.5, False * 1j)
try:
    1 + "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 * "a"
except TypeError as e:
    print(type(e).__name__, e)
print(3 * "ab", "ab" * True, [0] * False, (1,) * -2)
