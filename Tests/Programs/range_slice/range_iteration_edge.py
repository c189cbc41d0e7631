# Iterating ranges with huge bounds, negative steps, and the range iterator protocol.
it = iter(range(3))
print(next(it), list(it), next(it, "end"), type(iter(range(1))).__name__)
print(list(range(2**63 - 2, 2**63 + 1)), list(range(-(2**63) + 1, -(2**63) - 2, -1)))
print(sum(range(10**6)), sum(range(0, -100, -7)), max(range(5, 50, 7)), min(range(5, 50, 7)), sorted(range(3, 0, -1)))
r = range(10**20, 10**20 + 3)
print(list(r), list(reversed(r)), len(r))
print(bool(range(0)), bool(range(1)), list(enumerate(range(5, 8))), list(zip(range(3), range(10, 0, -1))))
