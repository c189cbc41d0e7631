# nonlocal rebinds a variable of the nearest enclosing function scope.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
v, inc = outer()
print(v, inc(), inc())
def a():
    n = "a"
    def b():
        def c():
            nonlocal n
            n = "set by c"
        c()
        return n
    r = b()
    return r, n
print(a())
def shadow():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    return mid(), x
print(shadow())
