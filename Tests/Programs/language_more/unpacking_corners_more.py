# Unpacking: starred targets in every position, nested targets, errors for too many/few values.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
(h, i), *j = [(1, 2), 3, 4]
print(a, b, c, d, e, f, g, h, i, j)
[k, [l, *m]] = (1, "abc")
print(k, l, m)
*n, = {1: "a", 2: "b"}
print(n)
first, *_, last = iter(range(10**5))
print(first, last)
for src, pattern in [([1], "a, b"), ([1, 2, 3], "a, b"), ([], "a, *b"), ([1], "a, b, *c"), (5, "a, b"),
                     ([1, 2], "a, *b, c, d"), ("ab", "a, b, c"), ({"k": 1}, "a, b")]:
    try:
        exec(pattern + " = src", {"src": src})
        print(pattern, "ok")
    except (ValueError, TypeError) as err:
        print(pattern, type(err).__name__, err)
def gen():
    yield 1
    yield 2
    raise KeyError("mid-unpack")
try:
    x, y, z = gen()
except KeyError as err:
    print(type(err).__name__, err)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
print(*[1], *(), *{2: 3}, *"", sep=",")
print([*range(2), *[3]], (*"ab",), {*[1, 1], 2}, {**{"a": 1}, **{"a": 2}})
try:
    print(*5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    {**[1]}
except TypeError as err:
    print(type(err).__name__, err)
def kw(**k):
    return k
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as err:
    print(type(err).__name__, err)
try:
    kw(**{1: 2})
except TypeError as err:
    print(type(err).__name__, err)
for p, *q in [(1, 2, 3), "ab", [4]]:
    print(p, q)
