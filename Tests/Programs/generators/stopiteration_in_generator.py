# A StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("oops")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print("RuntimeError", e)
def ok():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside is fine"
print(list(ok()))
print(list(x for x in [1, 2]))
