# range objects: attributes, equality, slicing, index/count and negative indexing.
r = range(10, -10, -3)
print(list(r), r.start, r.stop, r.step, len(r), r[0], r[-1], r[2:4], r[::-1], r.index(4), r.count(5))
print(range(5) == range(0, 5), range(0) == range(3, 3), range(1, 4, 2) == range(1, 5, 2), range(2) != range(3))
print(10 ** 30 in range(10 ** 31), -1 in range(5), 3.0 in range(5), "3" in range(5), range(0, 10, 2)[-2])
big = range(0, 10 ** 20, 3)
print(big[10 ** 15], big.index(3 * 10 ** 15), big[-1], big[10 ** 18:10 ** 18 + 9:4])
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
print(list(range(-3)), list(range(3, -3, -2)), bool(range(0)), bool(range(1)), max(range(7)), sum(range(-5, 6)))
