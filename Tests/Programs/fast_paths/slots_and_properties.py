# Inline caches for __slots__ members and properties: hits, misses on another class,
# unset slots, deletion, class changes after the cache is filled, property getters that
# raise (also with a __getattr__ fallback), and classes without maps called directly.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class R(P):
    pass


def total(objects):
    s = 0
    for o in objects:
        s += o.x + o.y
        o.x = o.x + 1
    return s


objects = [P(1, 2), Q(3, 4, 5), R(6, 7), P(8, 9)] * 3
print(total(objects), total(objects))

p = P(1, 2)
del p.x
for i in range(3):
    try:
        print(p.x)
    except AttributeError as e:
        print("AttributeError", e)
    p.y = i
    print(p.y)


class S:
    __slots__ = ("a",)


for i in range(3):
    s = S()
    try:
        s.a
    except AttributeError as e:
        print("AttributeError", e)
    s.a = i
    print(s.a)
    try:
        s.b = 1
    except AttributeError as e:
        print("AttributeError", e)
    try:
        S(1)
    except TypeError as e:
        print("TypeError", e)

for i in range(4):
    if i == 2:
        P.x = property(lambda self: "replaced", lambda self, v: None)
    print(P(1, 2).x)


class A:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2

    @property
    def missing(self):
        raise AttributeError("missing inside the getter")

    @property
    def broken(self):
        return 1 / 0


class B(A):
    def __getattr__(self, name):
        return "fallback for " + name


for o in [A(1), A(2), B(3), A(4), B(5)]:
    print(o.v)
    try:
        print(o.missing)
    except AttributeError as e:
        print("AttributeError", e)

for i in range(3):
    try:
        A(1).broken
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


class Loop:
    @property
    def me(self):
        return self.me


try:
    Loop().me
except RecursionError:
    print("RecursionError")

for i in range(3):
    if i == 2:
        A.v = property(lambda self: "new getter")
    print(A(5).v)
