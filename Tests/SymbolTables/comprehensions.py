# Comprehensions are function scopes: the outermost iterable is evaluated outside and
# passed in as `.0`; a walrus binds in the enclosing function or module.


def c1(items):
    a = [x for x in items if x]
    b = {k: v for k, v in items}
    c = {x for x in items}
    d = (x for x in items)
    e = [y for x in items for y in x if y]
    f = [[z for z in x] for x in items]
    g = [(w := x) for x in items]
    h = {(kk := k): (vv := v) for k, v in items}
    return w, kk, vv


[(m := i) for i in range(3)]
{(n := i) for i in range(3)}


def walrus_global():
    global gg
    [gg := i for i in range(3)]


def nested_walrus():
    [[(q := j) for j in range(i)] for i in range(3)]
    return q


def walrus_in_lambda():
    return lambda: [(r := s) for s in range(3)]


def walrus_target_used_later(data):
    if any((hit := d) > 1 for d in data):
        return hit


def comprehension_reads_outer():
    outer = 1
    return [outer + i for i in range(3)], (outer for _ in range(2))


def comprehension_targets(rows):
    return [a[b] for a, (b, *c) in rows for a.attr in rows]


async def ac():
    [x async for x in aiter()]
    [await x for x in y]
    (x async for x in z)
    [[y async for y in x] for x in z]


def generator_in_default(arg=[(dflt := 1) for _ in ()]):
    pass


class K:
    a = [i for i in range(3)]
    b = [a for _ in range(3)]
    c = [x for x in b]

    def m(self):
        return [(t := i) for i in range(3)], t


def dict_order():
    return {k(): v() for k, v in pairs if cond(k)}


def nested_iterables(rows):
    return [[c for c in r] for r in [row for row in rows]]
