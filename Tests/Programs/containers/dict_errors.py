# dict error messages: missing keys, unhashable keys, bad constructor arguments.
d = {"a": 1}
for f in (lambda: d["b"], lambda: d[[1]], lambda: d.__getitem__(("a",)), lambda: {[]: 1},
          lambda: dict(1), lambda: dict([1]), lambda: dict(["ab", "c"]), lambda: dict([(1, 2, 3)]),
          lambda: {}.update(5), lambda: dict({}, {}), lambda: d[{}], lambda: {frozenset(): 1}[set()]):
    try:
        f()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(d.get([1]) if False else "ok", ("a",) in {("a",): 1})
