# Floor division and modulo identities on pseudo-random ints of mixed signs and sizes, against a manual floor.
state = 21
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def manual(a, b):
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
        if q * b != a:
            q -= 1
    return q, a - q * b
bad = 0
for _ in range(3000):
    a = (nxt() << (nxt() % 128)) * (-1 if nxt() % 2 else 1)
    b = ((nxt() >> (nxt() % 64)) or 1) * (-1 if nxt() % 2 else 1)
    q, r = divmod(a, b)
    bad += (q, r) != manual(a, b) or q != a // b or r != a % b or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b)
print(bad)
print(divmod(-(2**200), 3), divmod(2**200, -(2**100 + 1)), (-1) // (2**100), (-1) % (2**100) == 2**100 - 1)
