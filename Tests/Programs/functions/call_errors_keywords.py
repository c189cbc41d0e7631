# The exact TypeError messages for bad keyword arguments.
def f(a, b=1): pass
def p(a, /, b): pass
def k(*, x): pass
class C:
    def m(self, v): pass
for call in [lambda: f(1, c=2), lambda: f(1, a=2), lambda: f(b=1, a=2, z=3), lambda: p(a=1, b=2),
             lambda: p(1, 2, a=3), lambda: k(y=1), lambda: C().m(1, v=2), lambda: C().m(w=1),
             lambda: f(**{"a": 1}, a=2), lambda: f(1, **{"b": 2}, b=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
