# Messages for calling non-callables, iterating non-iterables and unpacking/starring wrong types.
for v in (5, "s", None, [1], (1,), {}, 1.5):
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
for v in (5, None, 1.5, len, object()):
    try:
        for _ in v:
            pass
    except TypeError as e:
        print(type(e).__name__, str(e).replace(hex(id(v)), "ADDR"))
def f(*a, **k):
    return a, k
for bad in (lambda: f(*5), lambda: f(**[1]), lambda: f(**{1: 2}), lambda: [*None], lambda: {**[]}, lambda: f(**{"a": 1}, a=2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 5
    x[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
