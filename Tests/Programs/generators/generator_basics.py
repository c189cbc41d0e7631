# Generator functions: lazy execution, next(), StopIteration, iteration protocol.
def gen():
    print("  started")
    yield 1
    print("  resumed")
    yield 2
    print("  finishing")
g = gen()
print(type(g).__name__, iter(g) is g)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default"), list(g))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)))
def empty():
    return
    yield
print(list(empty()))
def yields_none():
    yield
print(list(yields_none()))
