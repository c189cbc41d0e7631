# enumerate: start values, laziness, tuples, and the enumerate object itself.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([], 3)))
print(list(enumerate("xy", start=10 ** 20)))
e = enumerate(iter([10, 20, 30]))
print(next(e), next(e), list(e), list(e))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
print(type(enumerate([])).__name__, iter(e) is e, dict(enumerate("hi")))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
