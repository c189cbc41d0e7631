# Matrices as nested lists: transpose with zip, multiply with sum/zip, identity, determinant by recursion.
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
T = [list(r) for r in zip(*A)]
M = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(T, M, I)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(I))
F = [[1.5, -0.25], [0.1, 0.2]]
print([[round(x * 3, 10) for x in r] for r in F], max(max(r) for r in M), min(map(min, B)), sum(map(sum, A)))
for r in M:
    print(" ".join(f"{x:5d}" for x in r))
