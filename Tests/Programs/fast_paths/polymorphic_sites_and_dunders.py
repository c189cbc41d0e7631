# The interpreter's caches after they warm up: attribute loads, stores and method loads
# that see several classes at one site; operator dunders with a same-class, int or float
# right operand (and NotImplemented from them); calls filling trailing defaults; loop
# variables written straight by the for step.


class Base:
    def __init__(self, n):
        self.n = n
        self.seen = 0

    def step(self):
        return self.n


class A(Base):
    def step(self):
        return self.n * 2


class B(Base):
    pass


class C(Base):
    def step(self):
        return -self.n


class D(Base):
    def __init__(self, n):
        self.extra = n
        super().__init__(n)


def poke(objs, rounds):
    total = 0
    for _ in range(rounds):
        for o in objs:
            total += o.n + o.step()
            o.seen = o.seen + 1
    return total


objs = [A(1), B(2), C(3), D(4), Base(5)]
print(poke(objs, 20), [o.seen for o in objs])
# A class changes under a warm site: the caches must notice.
A.step = lambda self: 100
B.n = property(lambda self: 7)
print(poke(objs, 3), [o.seen for o in objs])
del B.n
print(poke(objs, 1))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return Money(self.cents * factor)
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __sub__(self, other):
        return NotImplemented

    def __truediv__(self, d):
        return Money(self.cents / d)

    def __rmul__(self, other):
        return "rmul"

    def __repr__(self):
        return "Money(%r)" % (self.cents,)


class Cents(int):
    def __mul__(self, other):
        return NotImplemented


m = Money(5)
for i in range(4):
    print(m * 2, m * 2.5, m + m, m / 4, 3 * m, Cents(3) * 2, Cents(3) * 2.0)
    for bad in (lambda: m * "x", lambda: m - m, lambda: m - 1, lambda: m - 1.5,
                lambda: m + 1, lambda: m + 2.0, lambda: m * True):
        try:
            print(bad())
        except TypeError as e:
            print("TypeError:", e)


def f(a, b=10, c=100):
    return a + b + c


def g(x, *rest, k=1):
    return x + len(rest) + k


for i in range(3):
    print(f(i), f(i, 1), f(i, 1, 2), g(i), g(i, 1, 2, k=5))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

squares = [k * k for k in range(6)]
for item in squares:
    last = item
print(squares, last, item)
for item in []:
    pass
print(item)
pairs = {w: len(w) for w in ("a", "bb", "ccc")}
print(pairs, [w for w in pairs if w != "bb"], "a" == "a", "a" != "b", "é" == "e")
