# Small int arithmetic: + - * // % ** and their results across sign combinations.
vals = [0, 1, -1, 7, -7, 3, -3, 100]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
    print(a, row)
print(2 ** 10, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** -1, 2 ** -1)
print(10 - 20 - 30, 2 * 3 + 4 * 5, 7 - -7)
