# A sieve of Eratosthenes with nested while/for loops and slice assignment.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:], sum(primes))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[:5])
