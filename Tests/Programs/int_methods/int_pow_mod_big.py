# Modular exponentiation with big moduli, negative bases/exponents, and agreement with repeated squaring.
def slow_pow(b, e, m):
    r = 1 % m
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
M = 2**127 - 1
cases = [(3, 10**18, M), (-7, 12345, 10**20 + 39), (2**200 + 1, 2**100, 97), (12345678901234567890, 98765, 2**64), (5, 0, 13)]
for b, e, m in cases:
    print(pow(b, e, m) == slow_pow(b, e, m), pow(b, e, m) % 10**6)
inv = pow(12345, -1, M)
print(inv * 12345 % M, pow(12345, -3, M) == pow(inv, 3, M), pow(-3, -1, 10**9 + 7), pow(2, -5, 3**40))
try:
    pow(6, -1, 9)
except ValueError as e:
    print(type(e).__name__, e)
print(pow(0, 0, 1), pow(10**50, 10**50, 1), pow(-1, 10**30 + 1, 5), pow(2, 10**6, 2**61 - 1))
