# Set algebra on sets of ints: operators, methods, comparisons, frozensets.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference([4, 6])))
print({1, 2} < a, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, a > {1}, a.issubset(range(10)), a.issuperset([1, 4]), a.isdisjoint({7}))
print(a == {4, 3, 2, 1}, a != b, set() == frozenset(), {1, 2} == frozenset({1, 2}))
f = frozenset([3, 1, 2])
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, hash(f) == hash(frozenset({1, 2, 3})))
print(len(a), 3 in a, 30 in a, sorted(set("abracadabra")), sorted({x % 4 for x in range(20)}))
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
print(set(), frozenset(), {1}, {(1, 2)}, frozenset({5}))
