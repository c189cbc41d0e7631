# One function with every parameter kind, called in many valid ways.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=30, d=4, e=50, z=0))
print(f(*[1, 2, 3, 4], **{"d": 0, "extra": 1}))
print(f(1, 2, d=4, b=99))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames)
c = f.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
for bad in (lambda: f(), lambda: f(1), lambda: f(a=1, d=4), lambda: f(1, 2, 3, c=4, d=5)):
    try:
        bad()
    except TypeError as e:
        print(e)
