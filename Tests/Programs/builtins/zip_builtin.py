# zip: shortest input wins, strict=True checks lengths, zip(*x) transposes.
print(list(zip()), list(zip("abc")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
matrix = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*matrix)), dict(zip("ab", "xy")))
it = iter(range(10))
print(list(zip(it, it)))
for args in (("ab", [1, 2, 3]), ("abc", [1]), ([1, 2], [3, 4], [5])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip([1, 2], [3, 4], strict=True)))
def noisy(name, n):
    for i in range(n):
        print("  ", name, "yields", i)
        yield i
print(list(zip(noisy("a", 3), noisy("b", 1))))
