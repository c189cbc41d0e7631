# Generator expressions: the first iterable is evaluated in the enclosing scope, the rest lazily.
class C:
    values = [1, 2, 3]
    factor = 10
    first_only = list(v * 2 for v in values)
    try:
        uses_factor = list(v * factor for v in values)
    except NameError as e:
        error = str(e)
print(C.first_only, C.error)
x = 1
g = (x * i for i in range(3))
x = 100
print(list(g))
source = [1, 2]
g2 = (s for s in source)
source = [9, 9, 9]
print(list(g2))
def outer():
    n = 2
    return (n ** k for k in range(4))
print(list(outer()))
g3 = ((a, b) for a in range(2) for b in range(a, 3))
print(list(g3))
