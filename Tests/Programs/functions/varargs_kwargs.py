# *args collects extra positionals in a tuple, **kwargs extra keywords in an ordered dict.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, x=3, y=4))
print(f(*[1, 2], **{"z": 0, "a": 1}))
def g(a, b=0, *rest, c, **opts):
    return a, b, rest, c, opts
print(g(1, c=2))
print(g(1, 2, 3, 4, c=5, d=6, e=7))
print(g(c=1, a=0, zz=9))
def h(*args):
    return type(args).__name__, len(args)
print(h(), h(*range(5)))
def k(**kw):
    kw["added"] = True
    return kw
d = {"orig": 1}
print(k(**d), d)
print(f(**{"not an identifier": 1, "1": 2}))
