# frozenset construction, hashing, use as dict keys and identity of frozenset(frozenset).
a = frozenset([1, 2, 3])
print(a, hash(a) == hash(frozenset([3, 2, 1])), {a: "x"}[frozenset({1, 2, 3})], frozenset(a) is a)
print(frozenset("aab") == frozenset("ab"), frozenset(range(5)) & {2, 10}, a.union([4]), a.copy() is a)
print(sorted(frozenset({frozenset([1]), frozenset([1])})), len({frozenset(), frozenset([])}))
for bad in ([[1]], 5, [{}]):
    try:
        frozenset(bad)
    except TypeError as e:
        print(type(e).__name__, e)
s = {frozenset([1, 2]), frozenset([2, 1])}
print(len(s), {1, 2} in s, set([1, 2]) in {frozenset([1, 2])})
