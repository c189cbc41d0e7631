# Fannkuch ("pancake flipping"): for every permutation of 1..n, count how many
# prefix reversals it takes until 1 comes first; report the maximum and a signed
# checksum. Permutations are produced in the alternating order of a rotation
# counter. Exercises element swaps by tuple assignment, slice assignment and
# integer loops. The whole count is done ROUNDS times (default 2) and must agree.
import sys


def flips_of(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        # reverse the prefix p[0..first], one swap at a time
        i = 0
        j = first
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    count = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    sign = 1
    permutations = 0
    while True:
        if perm[0]:
            f = flips_of(perm)
            if f > max_flips:
                max_flips = f
            checksum += f if sign > 0 else -f
        permutations += 1
        # next permutation: rotate the first r+1 elements, advancing a counter
        r = 1
        while True:
            if r == n:
                return max_flips, checksum, permutations
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            count[r] = r + 1
            r += 1
        sign = -sign


def main(n, rounds):
    results = [fannkuch(n) for _ in range(rounds)]
    for other in results[1:]:
        if other != results[0]:
            raise AssertionError("rounds disagree: %r %r" % (results[0], other))
    max_flips, checksum, permutations = results[0]
    print("rounds %d" % rounds)
    print("permutations %d" % permutations)
    print("checksum %d" % checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9,
         int(sys.argv[2]) if len(sys.argv) > 2 else 2)
