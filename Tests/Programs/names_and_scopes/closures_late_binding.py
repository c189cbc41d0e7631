# Closures capture variables, not values: late binding in loops and the default-argument fix.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = 100
    return out
print([f() for f in make()])
def counter_pair():
    n = 0
    def get(): return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter_pair()
inc(); inc()
print(get())
print(get.__code__.co_freevars, counter_pair.__code__.co_cellvars)
print(type(get.__closure__[0]).__name__, get.__closure__[0].cell_contents)
