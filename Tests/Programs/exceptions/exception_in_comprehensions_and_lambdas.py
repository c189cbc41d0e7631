# Exceptions raised inside comprehensions, lambdas and nested calls propagate normally.
def safe(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(safe(lambda: [1 // x for x in (1, 0)]))
print(safe(lambda: {k: v for k, v in [(1, 2), (3,)]}))
print(safe(lambda: sum(int(s) for s in "12x")))
print(safe(lambda xs: xs[len(xs)], [1, 2]))
print(safe(lambda: [y for y in undefined_iterable]))
partial = []
try:
    partial = [10 // x for x in (5, 2, 0, 1)]
except ZeroDivisionError:
    pass
print(partial)
def gen_fail():
    yield 1
    raise OSError("in generator")
print(safe(list, gen_fail()))
print(safe(sorted, [3, None, 1]))
