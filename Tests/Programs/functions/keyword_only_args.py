# Keyword-only parameters after * or *args, with and without defaults.
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key="k"), f(1, flag=True, key=2))
def g(*args, sep="-", end):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3, end="!"), g(end="?"), g(4, sep="+", end=""))
print(f.__kwdefaults__, g.__kwdefaults__, f.__code__.co_kwonlyargcount)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
def h(*, a, b, c=0):
    return a + b + c
try:
    h()
except TypeError as e:
    print(e)
