# Loops over a small algorithm: Collatz lengths, gcd by while, digit sums.
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), [collatz_len(n) for n in range(1, 12)])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 0))
def digit_sum(n):
    s = 0
    while n:
        n, d = divmod(n, 10)
        s += d
    return s
print(digit_sum(2 ** 100), sum(int(c) for c in str(2 ** 100)))
