# Large set algebra checked against sorted lists; sizes, membership, and order-independent results.
a = set(range(0, 3000, 3))
b = set(range(0, 3000, 5))
print(len(a), len(b), len(a & b), len(a | b), len(a - b), len(a ^ b), sorted(a & b)[:5], max(a ^ b), min(a - b))
print(sorted(a & b) == [x for x in range(0, 3000, 15)], (a | b) >= a, (a - b).isdisjoint(b), len(set(map(str, a))))
s = set()
for i in range(2000):
    s.add(i * 7919 % 1000)
print(len(s), sum(s), sorted(s)[-3:], 999 in s, 1000 in s)
for i in range(0, 1000, 2):
    s.discard(i)
print(len(s), sum(s), sorted(s)[:3])
strs = {f"k{i}" for i in range(500)}
print(len(strs), "k499" in strs, sorted(strs)[:3], len(strs & {f"k{i}" for i in range(250, 750)}))
