# enumerate with start (negative, huge, keyword), and type errors.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
print(list(enumerate("xy", 2**64)), list(enumerate(range(2), True)))
e = enumerate(iter([10, 20]))
print(next(e), next(e), next(e, None))
for args in ((5,), ("a", 1.5), ("a", "1")):
    try:
        enumerate(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for i, (a, b) in enumerate([(1, 2), (3, 4)], 100):
    print(i, a + b)
print(dict(enumerate("ab")), type(enumerate([])).__name__)
