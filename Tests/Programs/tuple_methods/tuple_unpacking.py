# Tuple packing/unpacking: starred targets, nested targets and count-mismatch errors.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = range(5)
*init, last = "abcd"
x, *mid, y = [1, 2]
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
[s, (t, *u)] = ["s", ("t", 1, 2)]
print(p, q, r, s, t, u)
for src in ((1, 2, 3), (1,), "ab"):
    try:
        m, n = src
        print(m, n)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
def g():
    yield 1
    yield 2
    yield 3
h, *_ = g()
print(h, _)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *(4, 5)], (*"xy",), {*"aa"}, {**{"a": 1}, **{"b": 2}})
