# Unpacking at call sites: several * and ** in one call, any iterable, mappings.
def show(*args, **kw):
    return args, kw
a, b = [1, 2], (3,)
print(show(*a, *b, 0, *range(2)))
print(show(*"xy", **{"k": 1}, m=2, **{"n": 3}))
print(show(*{5: None, 6: None}, *(i * i for i in range(3))))
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key.upper()
print(show(**Mapping()))
def three(x, y, z):
    return x + y + z
print(three(*[1], *[2], *[3]), three(1, *[2, 3]), three(*[1, 2], z=3))
try:
    show(*5)
except TypeError as e:
    print(e)
try:
    show(**[1])
except TypeError as e:
    print(e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
