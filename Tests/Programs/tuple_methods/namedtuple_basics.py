# collections.namedtuple: fields, _replace, _asdict, _make, defaults, repr and errors.
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._fields, p._replace(x=9), p._asdict(), P._make([3, 4]), tuple(p), p == (1, 2), len(p))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
print(Q(1), Q(1, 2, 3), Q._field_defaults)
R = namedtuple("R", "class def ok", rename=True)
print(R._fields)
for f in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, x=3), lambda: p._replace(z=1), lambda: namedtuple("B", "a a"),
          lambda: namedtuple("B", "1x"), lambda: setattr(p, "x", 5)):
    try:
        f()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
x, y = p
print(x + y, sorted([P(2, 1), P(1, 2)]), hash(p) == hash((1, 2)))
