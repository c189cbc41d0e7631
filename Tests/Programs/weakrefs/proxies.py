# weakref.proxy forwards attribute access, operators and calls to its referent.
import gc
from _weakref import proxy, ref, ProxyType, CallableProxyType, getweakrefcount


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __iter__(self):
        return iter((self.x, self.y))

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __str__(self):
        return "Vector(%d, %d)" % (self.x, self.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vector(1, 2)
p = proxy(v)
print(type(p) is ProxyType, proxy(v) is p, getweakrefcount(v))
print(p.x, p.norm1(), str(p), p.__class__.__name__)
print(p + Vector(1, 1), Vector(1, 1) + p, p == Vector(1, 2), p < Vector(5, 0), str(-p))
print(len(p), p[1], 2 in p, list(p), bool(p))
p.x = 10
print(v.x, hasattr(p, "y"), getattr(p, "missing", "default"))
del p.y
print(hasattr(v, "y"))
try:
    hash(p)
except TypeError:
    print("TypeError: unhashable")


class Adder:
    def __call__(self, a, b):
        return a + b


add = Adder()
cp = proxy(add)
print(type(cp) is CallableProxyType, cp(2, 3))


def double(n):
    return n * 2


print(proxy(double)(21), type(proxy(double)).__name__)

# After the referent dies every use raises ReferenceError.
events = []
w = Vector(3, 4)
pw = proxy(w, lambda p: events.append("dead"))
del w
gc.collect()
print(events)
for use in (lambda: pw.x, lambda: pw + pw, lambda: len(pw), lambda: str(pw), lambda: bool(pw)):
    try:
        use()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(repr(pw).startswith("<weakproxy at 0x"))
try:
    proxy(1)
except TypeError as e:
    print("TypeError:", e)
