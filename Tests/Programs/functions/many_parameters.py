# Functions with many parameters of every kind, called with mixed positional and keyword arguments.
def f(a, b, c, d, e, f=6, g=7, h=8, i=9, j=10, *rest, k, l=12, m=13, **extra):
    return [a, b, c, d, e, f, g, h, i, j, rest, k, l, m, extra]
print(f(1, 2, 3, 4, 5, k=11))
print(f(*range(1, 16), k=0, z=1))
print(f(1, 2, 3, 4, 5, j=-10, i=-9, m=-13, k=-11, x="extra"))
print(f(**{c: i for i, c in enumerate("abcdefghijklm")}))
args = list(range(20))
def sum_all(*a, **k):
    return sum(a) + sum(k.values())
print(sum_all(*args, **{f"k{i}": i for i in range(50)}))
def chain(x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19):
    return x0 - x19 + x10 * x11
print(chain(*args), chain(*args[:10], *args[10:]))
