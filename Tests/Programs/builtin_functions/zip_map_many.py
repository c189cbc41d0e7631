# zip/map/filter objects are single-use iterators; many iterables; nested zip(*zip()) transposition.
z = zip("abc", range(3))
print(list(z), list(z))
m = map(len, ["a", "bb"])
print(list(m), list(m), iter(m) is m)
rows = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*rows)), list(zip(*zip(*rows))), list(map(sum, zip(*rows))))
print(list(zip(*[range(4)] * 2)), list(zip(range(2), "xy", [True, False], (0.5, 1.5))))
print(list(map(lambda *a: a, "ab", "cd", "ef")), list(map(max, [1, 5], [4, 2], [3, 3])))
f = filter(lambda x: x % 2, range(7))
print(next(f), list(f), list(f))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
