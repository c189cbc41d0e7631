# A walrus in a comprehension binds in the enclosing function (honouring global/nonlocal).
def f():
    [last := x for x in range(5)]
    return last
print(f())
def g():
    found = None
    any((found := x) > 2 for x in range(10))
    return found
print(g())
def h():
    count = 0
    def inner():
        nonlocal count
        [count := count + 1 for _ in range(3)]
    inner()
    return count
print(h())
glob = "unset"
def k():
    global glob
    [glob := c for c in "xyz"]
k()
print(glob)
print([[(m := i * j) for j in range(3)] for i in range(2)], m)
