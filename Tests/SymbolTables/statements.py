# Every statement that binds a name.

import os.path
import a.b.c as d
from . import e
from .f import (g as h, i)
from mod import *


def imports():
    import json
    from json import dumps as dd, loads
    import xml.etree.ElementTree as ET
    import xml.dom


def binders(obj, k):
    try:
        pass
    except ValueError as err:
        del err
    except (TypeError, KeyError):
        pass
    else:
        after_else = 1
    finally:
        fin = 1
    try:
        pass
    except* OSError as group:
        pass
    with open() as (p, q), ctx() as r[0], other() as obj.attr:
        pass
    for (s, t) in u:
        pass
    else:
        fe = 1
    while cond:
        wl = 1
    else:
        we = 1
    del v, w.x, y[z]
    aa = bb = cc
    dd, *ee = ff
    [gg, hh] = ii
    jj += 1
    kk.attr += 1
    ll[mm] -= 1
    assert nn, oo
    raise pp from qq
    if rr:
        ss = 1
    elif tt:
        uu = 1
    else:
        vv = 1


def raise_without_exc():
    raise


def matches(x):
    match x:
        case [a, *rest, {"k": b, **kw}] if a:
            pass
        case Point(x=px, y=py) | Point(px, py):
            pass
        case str() as s:
            pass
        case -1 | 1.5 | "s" | None | True:
            pass
        case mod.CONST:
            pass
        case [*_]:
            pass
        case _:
            pass


def annotations(a: int, *args: tuple, b: "str" = 1, **kw: dict) -> list:
    x: int
    y: float = 1
    (z): int = 2
    (w): int
    obj.attr: int = 3
    d[k]: int
    lst: [lambda: p for p in ()] = []


class AnnotatedClass:
    x: int
    y: List[int] = []
    (z): int


module_annotation: Final = 1
other: Annotated[int, lambda: 0]


def decorated_order(
    p: (lambda: 1) = (lambda: 2),
    /,
    q: (lambda: 3) = (lambda: 4),
    *v: (lambda: 5),
    w: (lambda: 6) = (lambda: 7),
    **kw: (lambda: 8),
) -> (lambda: 9):
    pass


@(lambda f: f)
async def async_decorated(a: (lambda: 1)) -> (lambda: 2):
    pass


def dict_display():
    return {(lambda: 1): (lambda: 2), (lambda: 3): (lambda: 4), **(lambda: 5)()}


def calls():
    f(a, *b, c=d, **e)
    f"{x!r:{width}} {y}"
    lambda: (yield)
    return x if y else z


def try_star_order():
    try:
        def body(): pass
    except* E:
        def handler(): pass
    else:
        def orelse(): pass
    finally:
        def final(): pass


def try_order():
    try:
        def body(): pass
    except E:
        def handler(): pass
    else:
        def orelse(): pass
    finally:
        def final(): pass
