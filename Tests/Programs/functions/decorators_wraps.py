# functools.wraps copies metadata and sets __wrapped__.
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args) + 1
    return wrapper
@deco
def compute(x):
    "Doubles x."
    return x * 2
print(compute(5), compute.__name__, compute.__doc__, compute.__wrapped__(5), compute.__qualname__)
def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@plain
def other():
    "doc"
print(other.__name__, other.__doc__, hasattr(other, "__wrapped__"))
def cache(fn):
    memo = {}
    @functools.wraps(fn)
    def inner(n):
        if n not in memo:
            memo[n] = fn(n)
        return memo[n]
    return inner
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
