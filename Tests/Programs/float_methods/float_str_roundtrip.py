# repr(float) round-trips for pseudo-random doubles built with float.fromhex, and '%.17g' agrees.
state = 2024
def rand_bits(n):
    global state
    out = 0
    for _ in range((n + 31) // 32):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 32) | (state >> 32)
    return out % 2**n
def rand_double():
    mant = rand_bits(52)
    exp = rand_bits(11) % 2046 - 1022
    sign = "-" if rand_bits(1) else ""
    return float.fromhex(f"{sign}0x1.{mant:013x}p{exp}")
ok = True
samples = []
for _ in range(3000):
    x = rand_double()
    r = repr(x)
    ok = ok and float(r) == x and float(format(x, ".17g")) == x
    if len(samples) < 12:
        samples.append(r)
print(ok, samples)
vals = [(rand_bits(30) - 2**29) / 997 for _ in range(5)] + [rand_bits(20) / 2**20 * 10.0 ** (rand_bits(6) - 30) for _ in range(5)]
print([repr(v) for v in vals])
print([str(round(v, 3)) for v in vals])
print([format(v, ".6g") for v in vals], [format(v, ".3e") for v in vals[:4]])
