# Functions as values: passed, returned, stored, composed.
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "max": max}
print([ops[k](7, 3) for k in ("+", "-", "max")])
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(str.upper, 1, "abc"))
print(list(map(len, ["a", "bb"])), list(filter(str.isdigit, "a1b22")), sorted("bca", key=str))
methods = [str.lower, str.title, str.swapcase]
print([m("hELLO wORLD") for m in methods])
