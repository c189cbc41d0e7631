# `in` uses __contains__, then __iter__, then __getitem__; results are coerced to bool; errors for non-containers.
class C:
    def __contains__(self, x):
        return x * 2 if isinstance(x, int) else 0
class It:
    def __iter__(self):
        return iter([1, 2, 3])
class GI:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10
print(3 in C(), 0 in C(), "a" in C(), 2 in It(), 5 in It(), 30 in GI(), 35 in GI(), 3 not in C())
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
for bad in (5, None, NoContains()):
    try:
        1 in bad
    except TypeError as e:
        print(type(e).__name__, e)
class Raises:
    def __contains__(self, x):
        raise KeyError("inside contains")
try:
    1 in Raises()
except KeyError as e:
    print(type(e).__name__, e)
print("ab" in "cabd", b"a" in b"bab", 97 in b"a", (1, 2) in {(1, 2): 0}, 1 in {1: 0}.values(), [] in [[]])
