# float % and // sign rules over pseudo-random values: r has the sign of b, |r| < |b|, q*b + r ~= a.
import math
state = 33
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
bad = 0
for _ in range(3000):
    a = (nxt() % 10**12 - 5 * 10**11) / 10 ** (nxt() % 9)
    b = ((nxt() % 10**6) + 1) / 10 ** (nxt() % 5) * (-1 if nxt() % 2 else 1)
    q, r = divmod(a, b)
    bad += (r != 0 and math.copysign(1, r) != math.copysign(1, b)) or abs(r) >= abs(b) or q != math.floor(q) or q != a // b or r != a % b
    bad += not math.isclose(q * b + r, a, rel_tol=1e-9, abs_tol=1e-6)
print(bad)
print(-1e-20 % 3.0, 1e-20 % -3.0, -3.0 % 3.0, 3.0 % -3.0, divmod(-1e-20, 3.0), math.fmod(-1e-20, 3.0))
