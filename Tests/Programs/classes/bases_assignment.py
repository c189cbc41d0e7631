# Assigning __bases__: the MROs of the class and its subclasses follow, __subclasses__ is
# updated, and CPython's checks reject what cannot work. typing.NamedTuple assigns it.
from typing import NamedTuple


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), [k.__name__ for k in D.__mro__], A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in C.__mro__])
for value in [[], (), (1,), (D,), (int,), (C,)]:
    try:
        C.__bases__ = value
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.norm(), Point.__bases__, Point._fields, Point._field_defaults, p._replace(y=1))
