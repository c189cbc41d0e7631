# float.hex/fromhex round-trip for pseudo-random doubles including subnormals and boundary exponents.
import math
state = 77
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
bad = 0
samples = []
for _ in range(3000):
    mant = nxt() % 2**52
    exp = nxt() % 2100 - 1100
    x = math.ldexp(1 + mant / 2**52, exp) if exp > -1075 else math.ldexp(mant, -1074)
    if nxt() % 2:
        x = -x
    h = x.hex()
    bad += float.fromhex(h) != x or float.fromhex(h.upper()) != x
    if len(samples) < 8 and abs(x) < 1e-300:
        samples.append(h)
print(bad, samples)
print((5e-324).hex(), (2.2250738585072009e-308).hex(), (-1.5).hex(), float.fromhex("0x1.fffffffffffffp+1023").hex(), float.fromhex("0x0.0000000000001p-1022"))
