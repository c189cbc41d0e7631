# zip: shortest wins, strict=True length errors (which argument), zero/one iterables.
print(list(zip()), list(zip([1, 2])), list(zip("ab", range(5), [True])), dict(zip("xy", (1, 2))))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(*[(1, 2), (3, 4)])))
for args in (([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4]), ([1, 2], [1, 2], [1])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2, 3], "ab")
print(next(z), next(z), next(z, "stop"))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    raise RuntimeError("gen fail")
try:
    list(zip(gen(), gen()))
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(list(zip(it, it)), list(zip(range(3), range(3), strict=False)))
