# zip(strict=True) error messages for each argument position, and zip laziness.
def g(n, tag):
    for i in range(n):
        print("yield", tag, i)
        yield i
for lens in [(1, 2), (2, 1), (2, 2, 1), (2, 2, 3), (0, 1), (1, 0, 0)]:
    try:
        print(lens, list(zip(*[range(n) for n in lens], strict=True)))
    except ValueError as e:
        print(lens, type(e).__name__, e)
try:
    list(zip(g(2, "a"), g(1, "b"), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(g(2, "a"), g(1, "b"))))
print(list(zip()), list(zip(strict=True)), list(zip([1], strict=False)))
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], [2], bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
z = zip("ab", [1, 2, 3], strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(z)
except StopIteration:
    print("StopIteration after error")
print(type(z).__name__, iter(z) is z)
print(z.__reduce__()[0] is zip if hasattr(z, "__reduce__") else "no reduce")
