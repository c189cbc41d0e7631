# Using a big int as a bitset: sieve of Eratosthenes with shifts/masks, bit_count and bin slicing.
N = 200
bits = (1 << (N + 1)) - 1
bits &= ~0b11
for p in range(2, int(N ** 0.5) + 1):
    if bits >> p & 1:
        for m in range(p * p, N + 1, p):
            bits &= ~(1 << m)
primes = [i for i in range(N + 1) if bits >> i & 1]
print(len(primes), bits.bit_count(), primes[:10], primes[-3:], bits.bit_length() - 1)
print(bin(bits)[-20:], hex(bits & 0xFFFF), (bits >> 100) & 0xFF, bits & -bits, (bits & -bits).bit_length() - 1)
a, b = 0b1011_0110, 0b0110_1101
print(f"{a & b:08b} {a | b:08b} {a ^ b:08b} {~a & 0xFF:08b} {a << 3:b} {a >> 2:b}")
