# Default values are evaluated once, at definition time; mutable defaults are shared.
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(a, b=next_id(), c=[]):
    c.append(a)
    return a, b, c
print(f(1))
print(f(2))
print(f(3, 9, []))
print(f(4))
print(f.__defaults__[0], counter)
x = 10
def g(v=x):
    return v
x = 20
print(g(), g(5))
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
