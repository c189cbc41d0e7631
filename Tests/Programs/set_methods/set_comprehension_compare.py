# Set comprehensions, mixed-number sets, and subset/superset comparisons with frozensets.
s = {x % 5 for x in range(20)}
print(s, {c for c in "hello" if c != "l"} == {"h", "e", "o"}, {(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
nums = {1, 1.0, True, 2, 2.0, 3j}
print(len(nums), sorted(nums - {3j}), 1.0 in {1}, True in {1.0}, 0 in {False}, -0.0 in {0})
a, b = {1, 2}, frozenset({1, 2, 3})
print(a < b, b > a, a <= b, b >= b, a == b, a != b, b - a, type(b - a).__name__, type(a - b).__name__)
print({1} < {1}, {1} < {2}, {1} > set(), set() <= set(), {1, 2}.issubset({2, 1}), {1}.issuperset(frozenset()))
print(sorted([{3}, {1, 2}, {1}], key=len), min({3, 1, 2}), max(frozenset([5, 9])), sum({1, 2, 3}))
