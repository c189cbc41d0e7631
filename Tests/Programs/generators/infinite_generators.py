# Infinite generators consumed partially with islice, zip and next.
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(fib(), 20)))
print(list(itertools.islice(primes(), 15)))
print(list(zip("abc", naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(next(n for n in fib() if n > 1000))
