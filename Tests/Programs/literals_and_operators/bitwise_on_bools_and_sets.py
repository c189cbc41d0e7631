# The same operators mean different things on ints, bools, sets, dicts and dict views.
print(True & False, True | False, True ^ True, ~True, type(True ^ False).__name__, 6 & 3, 6 | 3, 6 ^ 3)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a & b), sorted(a | b), sorted(a ^ b), sorted(a - b))
fa = frozenset(a)
print(sorted(fa & b), type(fa & b).__name__, type(b & fa).__name__)
d1, d2 = {"x": 1}, {"y": 2}
print(d1 | d2, sorted(d1.keys() | d2.keys()), sorted(d1.keys() & {"x"}), sorted({"x": 0}.items() | {("z", 1)}))
try:
    [1] & [1]
except TypeError as e:
    print("TypeError", e)
try:
    1.5 | 1
except TypeError as e:
    print("TypeError", e)
print(-1 & 0xFF, -256 | 0xFF, (-1) ^ (2 ** 100), 0 | 0, 2 ** 64 & (2 ** 64 - 1))
