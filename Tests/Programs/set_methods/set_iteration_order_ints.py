# Iteration order of int sets follows CPython's hash table: insertion order, negatives, big ints, deletions, growth.
print({5, 3, 1}, {1, 3, 5}, {8, 16, 0}, {-1, -2, -3}, {100, 7, 33, 64}, {2**40, 1, 2**61 - 1, 2**61})
s = set()
for v in (31, 7, 15, 63, 127, 3, 255, 1, 0):
    s.add(v)
print(s, list(s))
s.discard(15)
s.discard(3)
s.add(1000)
s.add(15)
print(s)
big = set(range(20, 0, -3))
print(big, sorted(big) == list(sorted(big)))
grow = set()
for i in range(0, 200, 13):
    grow.add(i)
print(grow)
print(set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 17, 33, 65]), frozenset([32, 64, 96, 1]))
print({x * 8 for x in range(10)}, {-(x * 5) for x in range(6)}, set(range(-3, 3)))
