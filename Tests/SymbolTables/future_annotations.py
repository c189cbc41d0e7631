"""Under `from __future__ import annotations`, annotations get scopes of their own that
nobody sees: lambdas and comprehensions in them are no one's children."""
from __future__ import annotations


def f(x: [lambda: y for y in z], *, k: (lambda q: q)) -> Undefined:
    v: int = 1
    w: Whatever
    (u): int = 2


class C:
    a: Foo
    b: Bar = 1


module_level: Unknown = 0
c: [(walrus := 1) for _ in ()]


def inside():
    d: [(inner_walrus := 1) for _ in ()]
