# Class bodies are scopes that methods and comprehensions do not see (except the first iterable).
x = "global"
class C:
    x = "class"
    y = x + "!"
    first = [x for _ in range(1)]
    from_iterable = [v for v in x]
    def method(self):
        return x
    print("in body:", x, y)
print(C.x, C.y, C.first, C.from_iterable[:3], C().method())
def f():
    z = "function local"
    class D:
        w = z
        def m(self):
            return z
    return D.w, D().m()
print(f())
class E:
    a = 1
    try:
        b = [a for _ in range(2)]
    except NameError as e:
        err = str(e)
print(E.err)
