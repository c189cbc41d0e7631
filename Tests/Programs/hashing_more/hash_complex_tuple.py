# hash() of complex numbers and tuples (xxHash-based tuple hash of 3.8+).
print(hash(1j), hash(-1j), hash(1 + 1j), hash(complex(2, 0)) == hash(2), hash(0j))
print(hash(complex(0.5, -2.5)), hash(complex(1e300, 1e300)), hash(complex(-1, 0)))
print(hash(complex(float("inf"), 0)), hash(complex(0, float("inf"))))
print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash((-1,)), hash((-2,)))
print(hash((1, (2, 3))), hash(((1, 2), 3)), hash((None,)) == hash((None,)))
print(hash((0.5, 1j, True)), hash((10**30, -10**30)))
print(hash(((),)), hash((((),),)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, {}))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
class T(tuple):
    pass
print(hash(T((1, 2))) == hash((1, 2)))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 2)))
print(hash(slice(1, 2)) if False else "slice-skip")
