# list + * == < comparisons (lexicographic), nested and with incomparable items.
a = [1, 2, 3]
print(a + [4], a * 2, 0 * a, -1 * a, [[]] * 3, a == [1, 2, 3], a == (1, 2, 3), a < [1, 2, 4], a < [1, 2], [] < [0])
print([1, [2, 3]] < [1, [2, 4]], [1, "a"] == [1, "a"], [float("nan")] == [float("nan")], max([[1, 2], [1, 3], [0, 9]]))
for f in (lambda: [1] < ["a"], lambda: a + (1,), lambda: a * 1.0, lambda: a - a, lambda: [1] < 1):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
x = [1]
x.append(x)
print(x, [x] == [x], len(str(x)))
print([1, 2] == [1, 2.0], [True] == [1], [1, 2] != [1, 2, 3], [0] * 0)
