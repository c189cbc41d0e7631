# Instances of int subclasses: small and big values, arithmetic giving plain ints, hashing,
# comparisons, formatting, and attributes.

class Num(int):
    def __repr__(self):
        return "Num(%d)" % self

a = Num(7)
print(a, repr(a), str(a), f"{a}", format(a), "%d %s %r %x" % (a, a, a, a), f"{a:05d}")
print(a + 1, type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__, type(+a).__name__)
print(int(a), type(int(a)).__name__, a.real, type(a.real).__name__, a.bit_length(), a.to_bytes(2, "big"))
print(a // 2, a % 3, divmod(a, 2), a ** 2, a << 70, a & 3, ~a, 1 - a, 2 * a, a / 2)
big = Num(2 ** 100)
print(big, big + 1, big - 2 ** 100, type(big - 2 ** 100).__name__, big > 5, big == 2 ** 100)
print(hash(big) == hash(2 ** 100), hash(Num(-1)) == hash(-1), hash(Num(0)) == 0)
neg = Num(-(2 ** 70))
print(neg, abs(neg), neg // 3, neg < 0, bool(Num(0)), bool(neg), Num(0) == 0, Num(-5) < Num(3))
print(Num("ff", 16), Num(3.9), Num(True), type(Num(True)).__name__, Num(), Num(-2 ** 63), Num(2 ** 60))
print({Num(1): "a"}[1], {1: "b"}[Num(1)], sorted([Num(3), 1, Num(2)]), max(Num(3), 2), [10, 20, 30][Num(1)])
print(list(range(Num(3))), "ab" * Num(2), (1, 2) * Num(2), round(a), type(round(a)).__name__)
a.label = "seven"
print(a.label, a.__dict__)

class Flags(int):
    __slots__ = ()

f = Flags(5)
print(f, f | 2, type(f | 2).__name__)
try:
    f.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError", e)

class Counted(int):
    def __new__(cls, value, unit):
        self = super().__new__(cls, value)
        self.unit = unit
        return self

c = Counted(3 ** 50, "m")
print(c, c.unit, c % 1000, str(c)[:5])
print(int.__add__(a, 1), isinstance(a, int), issubclass(Num, int))
