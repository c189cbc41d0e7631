# Nested loops building tables: multiplication table, pascal triangle, spiral walk.
for i in range(1, 5):
    print(" ".join(f"{i * j:2}" for j in range(1, 5)))
row = [1]
for _ in range(7):
    print(row)
    row = [a + b for a, b in zip([0] + row, row + [0])]
n = 4
grid = [[0] * n for _ in range(n)]
r, c, dr, dc = 0, 0, 0, 1
for k in range(1, n * n + 1):
    grid[r][c] = k
    nr, nc = r + dr, c + dc
    if not (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 0):
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
for line in grid:
    print(line)
