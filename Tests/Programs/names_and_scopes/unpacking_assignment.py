# Unpacking assignment: starred targets, nesting, and the error messages.
a, *b, c = range(6)
print(a, b, c)
*init, last = "xyz"
print(init, last)
(p, q), [r, *s] = (1, 2), (3, 4, 5)
print(p, q, r, s)
first, *rest = [1]
print(first, rest)
x = y = z = []
x.append(1)
print(y, z is x)
i, j = j, i = 1, 2
print(i, j)
for src in [(1, 2), (1, 2, 3, 4), 5, (1,)]:
    try:
        m, n, o = src
        print(m, n, o)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(e)
try:
    u, v = {"only": 1}
except ValueError as e:
    print(e)
