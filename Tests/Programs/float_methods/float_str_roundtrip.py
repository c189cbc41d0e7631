# repr(float) round-trips for seeded random doubles, and matches '%.17g' after shortening.
import random, struct
rng = random.Random(2024)
ok = True
samples = []
for _ in range(3000):
    bits = rng.getrandbits(64)
    x = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if x != x:
        continue
    r = repr(x)
    ok = ok and float(r) == x and len(r.replace("-", "").replace(".", "").split("e")[0].lstrip("0")) <= 17
    if len(samples) < 12:
        samples.append(r)
print(ok, samples)
vals = [rng.uniform(-1e6, 1e6) for _ in range(5)] + [rng.random() * 10 ** rng.randint(-30, 30) for _ in range(5)]
print([repr(v) for v in vals])
print([str(round(v, 3)) for v in vals])
print(all(float(format(v, ".17g")) == v for v in vals), [format(v, ".6g") for v in vals[:4]])
