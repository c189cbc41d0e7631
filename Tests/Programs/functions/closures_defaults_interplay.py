# Default values see the enclosing scope at definition time; closures see it at call time.
def make(n):
    def by_default(x=n):
        return x
    def by_closure():
        return n
    n += 1
    return by_default, by_closure
d, c = make(1)
print(d(), c())
funcs = []
for i in range(3):
    def fn(i=i, j=i * 10):
        return i + j
    funcs.append(fn)
print([f() for f in funcs])
def outer():
    values = []
    def add(v, into=values):
        into.append(v)
        return into
    return add, values
add, values = outer()
add(1); add(2)
print(values)
