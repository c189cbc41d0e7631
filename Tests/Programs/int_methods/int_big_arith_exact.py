# Exact big-int arithmetic: factorials, powers, products, division identities and gcd checks.
import math
f100 = math.factorial(100)
print(f100 % (10**9 + 7), str(f100)[:20], len(str(f100)), f100.bit_length())
a = 3**300
b = 7**150 + 12345
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, str(q)[:15], r % 1000)
print(2**521 - 1 == int("1" * 521, 2), pow(2, 2**20, 10**20), (10**40 + 1) * (10**40 - 1) == 10**80 - 1)
print((-a) // b == -(a // b) - 1, (-a) % b == b - r, divmod(-a, -b) == (q, -r))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300], math.gcd(fib[300], fib[150]) == fib[150])
print(int(str(a)) == a, int(hex(a), 16) == a, int(oct(b), 8) == b, int(bin(f100), 2) == f100)
print(sum(int(c) for c in str(2**1000)), (2**1000).bit_count(), -(2**200) >> 190, (2**200 - 1) & (2**100 + 7))
print(10**30 // 7, -(10**30) // 7, 10**30 % -7, (10**18 + 9) * (10**18 + 7))
