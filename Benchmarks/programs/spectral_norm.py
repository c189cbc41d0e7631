# Spectral norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by power iteration.
# Exercises small-function calls in tight loops, int-to-float arithmetic and
# list indexing.
import sys


def entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def times_a(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * v[j]
        out.append(total)
    return out


def times_at(v, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out.append(total)
    return out


def times_ata(v, n):
    return times_at(times_a(v, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("n=%d norm=%.9f" % (n, (vbv / vv) ** 0.5))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
