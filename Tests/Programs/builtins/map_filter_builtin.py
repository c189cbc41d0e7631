# map and filter: laziness, several iterables, None as a filter predicate.
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isupper, "aBcD")))
m = map(lambda x: print("  mapping", x) or x * 2, [1, 2, 3])
print("map created")
print(next(m), list(m), list(m))
f = filter(None, iter([1, 0, 2]))
print(iter(f) is f, list(f))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    map(abs)
except TypeError as e:
    print("TypeError", e)
