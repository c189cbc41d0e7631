# Generator expressions: lazy, single-use, first iterable evaluated immediately.
def noisy(n):
    print("  building source")
    return range(n)
g = (x * x for x in noisy(4))
print("created")
print(next(g), list(g), list(g))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bbb cc".split()))
print(list((i, j) for i in range(3) for j in range(i) if (i + j) % 2))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
def lazy_error():
    return (1 // x for x in (1, 0))
le = lazy_error()
print(next(le))
try:
    next(le)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
print(type(x for x in []).__name__, "".join(c.upper() for c in "abc"), tuple(n for n in range(3)))
