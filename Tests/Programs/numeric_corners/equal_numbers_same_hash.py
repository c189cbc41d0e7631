# Equal numbers of different types hash equal and collapse as dict keys / set members.
vals = [(0, 0.0, 0j, False), (1, 1.0, 1 + 0j, True), (-1, -1.0, complex(-1, 0)), (2**53, 2.0**53), (2**64, 2.0**64), (-(2**70), -(2.0**70)), (10**20, 1e20)]
for group in vals:
    print(group, len({hash(v) for v in group}) == 1, len(set(group)), all(a == b for a in group for b in group))
d = {}
for k in (1, 1.0, True, 1 + 0j):
    d[k] = type(k).__name__
print(d, {0.5: "f"}.get(0.5 + 0j), {2**64: "i"}.get(2.0**64), 1e20 == 10**20, hash(1e20) == hash(10**20))
print(hash(0.1) == hash(1 / 10), hash(2**61 - 1) == hash(0), hash(2**61) == hash(1), hash(-(2**61 - 1)) == hash(0))
