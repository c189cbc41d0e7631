# Passing arguments by keyword, in any order, mixed with positionals.
def f(a, b, c=3, d=4):
    return f"a={a} b={b} c={c} d={d}"
print(f(1, 2))
print(f(1, 2, 30))
print(f(b=2, a=1))
print(f(1, d=40, b=20))
print(f(1, 2, d=40, c=30))
def g(x, y):
    return x - y
print(g(y=1, x=10), g(10, y=1))
print(dict(one=1, two=2), sorted([3, 1, 2], reverse=True))
