# [[]] * n aliases the inner list; comprehension does not; *= on a shared reference.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(good)
a = [1, 2]
b = a
a *= 2
print(b, a is b)
a = a * 2
print(b, a is b, len(a))
c = [[]] * 0
print(c, [None] * 3, [1, 2] * -5)
x = []
x += x
y = [1]
y += y
y *= 3
print(x, y)
