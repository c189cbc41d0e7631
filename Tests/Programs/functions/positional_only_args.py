# Positional-only parameters (before /) cannot be passed by keyword.
def f(a, b=2, /, c=3):
    return a, b, c
print(f(1), f(1, 20), f(1, 20, 30), f(1, c=30))
try:
    f(a=1)
except TypeError as e:
    print(e)
try:
    f(1, b=2)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2), g(1, b=3))
def h(x, y, /):
    return x * y
try:
    h(x=1, y=2)
except TypeError as e:
    print(e)
print(h(6, 7), f.__code__.co_posonlyargcount, f.__code__.co_argcount)
