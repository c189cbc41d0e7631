# Iterators over dicts and sets notice size changes; list iterators are live views.
d = {1: "a", 2: "b", 3: "c"}
for view in (d, d.keys(), d.values(), d.items()):
    it = iter(view)
    next(it)
    d[len(d) + 10] = "x"
    try:
        next(it)
    except RuntimeError as e:
        print(type(it).__name__, "RuntimeError", e)
    del d[len(d) + 9]
it = iter(d)
d.pop(1)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(it)
except RuntimeError as e:
    print("still", e)
s = {1, 2}
it = iter(s)
s.discard(1)
try:
    next(it)
except RuntimeError as e:
    print(type(it).__name__, "RuntimeError", e)
xs = [1, 2, 3]
it = iter(xs)
print(next(it), type(it).__name__)
xs.clear()
print(list(it))
rs = [1, 2, 3]
r = reversed(rs)
rs.pop()
print(type(r).__name__, list(r))
print(type(iter(b"ab")).__name__, type(iter(bytearray())).__name__, type(iter("é")).__name__, type(iter(range(1))).__name__)
print(type(reversed((1, 2))).__name__, list(reversed((1, 2))), type(reversed({})).__name__, list(reversed({"a": 1, "b": 2}.items())))
