# List comprehensions: filters, nesting, conditional expressions, calls and unpacking.
print([x * x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print([[row * 3 + col for col in range(3)] for row in range(2)])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
print([a + b for a, b in [(1, 2), (3, 4)]], [x for x, *_ in [(1, 2, 3), (4,)]])
print([y for x in [[1, 2], [3], []] for y in x], [x for x in range(20) if x % 2 if x % 3])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[r[i] for r in matrix] for i in range(3)], [n for n in (1, None, 2) if n is not None])
print([f(3) for f in (abs, str, float)], [i for i in range(3)][::-1], len([_ for _ in range(1000)]))
