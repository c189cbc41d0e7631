# hash of ints (the 2**61-1 modulus), bools, floats and tuples is deterministic.
M = 2 ** 61 - 1
print([hash(i) for i in (0, 1, -1, -2, 2 ** 60, M - 1, M, M + 1, -M, 2 ** 64, -(2 ** 64), 10 ** 50)])
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(-0.5), hash(1e20), hash(2.0 ** 70), hash(1e-10))
print(hash(float("inf")), hash(float("-inf")), hash(0.0) == hash(-0.0), hash(M + 0.0), hash(3.14))
print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash((-1,)), hash(((),)), hash((1.5, True)), hash((10 ** 30, -7)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(complex(1, 2)), hash(1j), hash(range(0)) == hash(range(5, 5)))
class H:
    def __hash__(self):
        return 2 ** 100
class N:
    def __hash__(self):
        return -1
print(hash(H()), hash(N()))
class Bad:
    def __hash__(self):
        return "no"
for obj in (Bad(), [], {}, set(), bytearray()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError", e)
