# Instances of tuple, bytes and float subclasses: attributes, results of operations are the
# base type, unpacking, hashing, and __new__ overrides.

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

p = Pair(1, [2])
print(p, p.first, len(p), p[1], p == (1, [2]), isinstance(p, tuple))
print(type(p + (3,)).__name__, type(p[:]).__name__, type(p[0:1]).__name__, type(p * 1).__name__, type(tuple(p)).__name__)
a, b = p
print(a, b, list(p), p.count(1), p.index([2]))
p.tag = "t"
print(p.tag, p.__dict__)
print(hash(Pair(1, 2)) == hash((1, 2)), {Pair(1, 2): "x"}[(1, 2)], sorted(Pair(3, 1)))

class Empty(tuple):
    pass

e = Empty()
e.note = 1
print(e, len(e), e.note, Empty([1, 2, 3]), Empty(range(3))[2])

try:
    class Bad(tuple):
        __slots__ = ("x",)
except TypeError as err:
    print("TypeError", err)

class Blob(bytes):
    def hexed(self):
        return self.hex()

b = Blob(b"\x01\x02")
print(b, b.hexed(), len(b), list(b), b[0], b == b"\x01\x02", type(b + b"x").__name__, type(bytes(b)).__name__)
b.meta = {"k": 1}
print(b.meta, Blob(3), Blob([65, 66]), Blob("hé", "utf-8"), b.decode("latin-1"))
print(hash(Blob(b"ab")) == hash(b"ab"), {Blob(b"ab"): 1}[b"ab"])

class Meters(float):
    def half(self):
        return self / 2

m = Meters("2.5")
print(m, m.half(), repr(m), Meters(), type(Meters()).__name__, float(m), type(float(m)).__name__)
print(m == 2.5, hash(m) == hash(2.5), int(m), round(m), type(m + 1).__name__, m * 2)
m.unit = "m"
print(m.unit, m.__dict__, Meters(1e300) * 10, Meters(-0.0))

class Z(complex):
    pass

z = Z(1, 2)
z.k = 3
print(z, z.k, z.real, type(z + 1).__name__)
