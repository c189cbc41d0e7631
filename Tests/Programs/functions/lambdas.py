# Lambdas: defaults, varargs, keyword-only, nesting, immediate calls, names.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__, add.__qualname__)
va = lambda *a, **k: (a, k)
print(va(1, x=2))
kwo = lambda *, k: k * 2
print(kwo(k=4))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), (lambda: "called")(), (lambda x, /: x)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x * x, range(4))))
def outer():
    return lambda: outer.__name__
print(outer()(), outer().__qualname__)
print((lambda: (yield 1))().__class__.__name__)
