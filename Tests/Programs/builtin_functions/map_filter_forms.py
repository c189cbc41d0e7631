# map with several iterables, filter with None, laziness and errors.
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x > 1, range(4))))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
print(next(m))
for f in (lambda: map(), lambda: map(str), lambda: list(map(5, [1])), lambda: filter(None), lambda: list(filter(None, 5))):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
calls = []
lazy = map(lambda x: calls.append(x) or x, [1, 2, 3])
print(calls, next(lazy), calls)
