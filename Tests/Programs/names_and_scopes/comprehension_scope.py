# Comprehension variables do not leak; comprehensions see enclosing function locals.
i = "outer i"
squares = [i * i for i in range(4)]
print(squares, i)
def f():
    k = 10
    return [k + j for j in range(3)], {j: k for j in "ab"}, {k * j for j in range(2)}, list(k - j for j in range(2))
print(f())
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [x for row in matrix for x in row if x % 2])
print([(a, b) for a in range(3) for b in range(a)])
def g():
    fs = [lambda: n for n in range(3)]
    return [h() for h in fs]
print(g())
x = 5
print([x for x in range(2)], x)
