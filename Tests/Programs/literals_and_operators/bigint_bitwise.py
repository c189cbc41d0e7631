# Bitwise operators on small, big and negative ints: & | ^ ~ << >>.
vals = [0, 1, -1, 5, -6, 2 ** 70 + 3, -(2 ** 70) - 5, 2 ** 64 - 1]
for a in vals:
    print(a, ~a, a << 3, a >> 3, a >> 100)
    print("  ", [a & b for b in vals])
    print("  ", [a | b for b in vals])
    print("  ", [a ^ b for b in vals])
print(1 << 200, -1 << 65, (1 << 200) >> 199)
print((-1) >> 1000, (-5) >> 1, 5 >> 1)
