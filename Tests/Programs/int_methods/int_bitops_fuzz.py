# &, |, ^, ~, <<, >> on pseudo-random signed big ints agree with a manual two's-complement model.
state = 41
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
W = 400
MASK = (1 << W) - 1
def to_tc(n):
    return n & MASK
def from_tc(u):
    return u - (1 << W) if u >> (W - 1) else u
bad = 0
for _ in range(2000):
    a = (nxt() << (nxt() % 200)) * (-1 if nxt() % 2 else 1)
    b = (nxt() >> (nxt() % 64)) * (-1 if nxt() % 2 else 1)
    s = nxt() % 100
    bad += (a & b) != from_tc(to_tc(a) & to_tc(b))
    bad += (a | b) != from_tc(to_tc(a) | to_tc(b))
    bad += (a ^ b) != from_tc(to_tc(a) ^ to_tc(b))
    bad += ~a != from_tc(to_tc(a) ^ MASK)
    bad += (a >> s) != a // (1 << s)
    bad += (a << s) != a * (1 << s)
print(bad)
print((-(2**100)) & 0xFF, (-(2**100) + 1) | 0, ~(2**64) & 2**65, (-5) ^ 3, -1 >> 1000, (-7) >> 1)
