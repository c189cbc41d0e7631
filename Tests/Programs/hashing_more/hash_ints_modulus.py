# hash() of ints follows the modulus 2**61 - 1, with -1 mapped to -2.
import sys
M = 2**61 - 1
print(sys.hash_info.modulus == M, sys.hash_info.width, sys.hash_info.inf, sys.hash_info.nan)
print(sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits)
vals = [0, 1, -1, -2, 2, M - 1, M, M + 1, -M, -M - 1, 2**61, 2**62, 2**63, -2**63, 2**64 + 5,
        10**20, -10**20, 10**100, -(10**100), 2**1000, -2**1000 - 1, True, False, sys.maxsize]
for v in vals:
    print(v if abs(v) < 10**25 else "big", hash(v))
print(hash(-1) == hash(-2), hash(M) == 0, hash(-M) == 0)
class I(int):
    pass
print(hash(I(-1)), hash(I(10**30)) == hash(10**30))
class H(int):
    def __hash__(self):
        return 5
print(hash(H(3)), {H(3): 1}.get(3), {H(3): 1}.get(H(3)))
