# round(int, -k) is exact half-to-even on ints of any size, checked against integer arithmetic.
def exact(n, k):
    m = 10**k
    q, r = divmod(n, m)
    if 2 * r > m or (2 * r == m and q % 2):
        q += 1
    return q * m
state = 3
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
bad = []
for _ in range(1000):
    n = (nxt() >> (nxt() % 64)) * (1 if nxt() % 2 else -1)
    k = nxt() % 22
    if round(n, -k) != exact(n, k):
        bad.append((n, k))
print(len(bad), bad[:3])
print(round(25, -1), round(35, -1), round(-25, -1), round(5 * 10**30, -31), round(15 * 10**30, -31), round(10**40 + 5 * 10**19, -20))
