# Sorting with NaN, mixed int/float/Fraction values, and bool keys.
nan = float("nan")
print(sorted([3, nan, 1, 2]))
print(sorted([nan, 3, 1, 2]))
print(sorted([1, 2, nan, 0]))
print(sorted([2, 1.5, 1.25, True, 0.0, -1]))
print(sorted([10**20, 1e20, 10**20 + 1, 1e19]))
print(sorted([float("inf"), -float("inf"), 0, 10**400 if False else 10**30]))
print(sorted([3, 1, 2], key=lambda v: v > 1))
print(sorted(["b", "a"], key=lambda s: None if False else 0))
print(sorted([[nan], [1]]))
print(min([nan, 1]), max([nan, 1]), min([1, nan]), max([1, nan]))
print(sorted([-0.0, 0, 0.0, -0]))
print(sorted([complex(1, 0)]))
try:
    sorted([1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, 1j), (1, 2j)])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(1, 1j), (2, 2j)]))
try:
    sorted([None, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{1}, {2}, {1, 2}])
    print(sorted([{1}, {1, 2}, set()]))
except TypeError as e:
    print(type(e).__name__, e)
