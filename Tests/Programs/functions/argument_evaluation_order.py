# Call arguments are evaluated left to right: function, positionals, keywords, unpackings.
def t(x):
    print("eval", x.__name__ if callable(x) else x)
    return x
def f(*a, **k):
    return a, k
print(t(f)(t(1), *t([2, 3]), k=t(4), **t({"m": 5})))
print(f(t("a"), b=t("b"), *[t("c")]))
def g():
    print("g called")
    return f
class O:
    def meth(self, *a):
        return a
def obj():
    print("obj evaluated")
    return O()
print(obj().meth(t(1), t(2)))
print(g()(t("x")))
