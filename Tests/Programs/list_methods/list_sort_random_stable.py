# Timsort on pseudo-random data: result equals a reference merge sort and stability holds on runs.
class Rng:
    def __init__(self, seed):
        self.state = seed
    def _next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.state >> 33
    def randint(self, a, b):
        return a + self._next() % (b - a + 1)
    def random(self):
        return self._next() / 2**31
    def choice(self, seq):
        return seq[self._next() % len(seq)]
rng = Rng(12345)
data = [rng.randint(0, 50) for _ in range(2000)]
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            out.append(b[j]); j += 1
        else:
            out.append(a[i]); i += 1
    return out + a[i:] + b[j:]
print(sorted(data) == merge_sort(data), sorted(data)[:10], sorted(data)[-5:])
pairs = [(rng.randint(0, 5), i) for i in range(500)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[k][1] < s[k + 1][1] for k in range(len(s) - 1) if s[k][0] == s[k + 1][0]))
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(r[k][1] < r[k + 1][1] for k in range(len(r) - 1) if r[k][0] == r[k + 1][0]), r[0][0], r[-1][0])
runs = list(range(100)) + list(range(50, 0, -1)) + [7] * 20 + list(range(30))
print(sorted(runs) == merge_sort(runs), sum(sorted(runs)[:20]))
fl = [rng.random() for _ in range(300)]
print(sorted(fl) == merge_sort(fl), round(sorted(fl)[0], 6), round(max(fl), 6))
strs = ["".join(rng.choice("abc") for _ in range(3)) for _ in range(200)]
print(sorted(strs) == merge_sort(strs), sorted(strs)[:5], sorted(set(strs))[-3:])
