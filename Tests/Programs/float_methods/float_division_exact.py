# int/int true division is correctly rounded: |n/d - q| <= ulp(q)/2 checked with exact integer arithmetic.
import math
state = 7
def nxt():
    global state
    state = (state * 6364136223846793005 + 1) % 2**64
    return state
ok = 0
for _ in range(2000):
    n, d = nxt() >> (nxt() % 60), (nxt() >> (nxt() % 60)) or 1
    q = n / d
    num, den = q.as_integer_ratio()
    ulp = math.ulp(q) if q else 5e-324
    lhs = abs(n * den - num * d) * 2
    rhs_num, rhs_den = ulp.as_integer_ratio()
    if lhs * rhs_den <= rhs_num * d * den:
        ok += 1
print(ok)
print(10**25 / 3, (2**80 + 1) / 7, 1 / 49 * 49, 3 / 10**30, (10**400 + 1) / 10**399, (2**1100 + 1) / 2**1090)
