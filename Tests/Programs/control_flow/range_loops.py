# range with positive, negative and empty steps; len, indexing, slicing, containment.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)), list(range(-5, -1)))
r = range(3, 100, 7)
print(len(r), r[0], r[-1], r[5], r[2:5], r[::-1][:3], 52 in r, 53 in r, r.index(10), r.count(10))
print(range(0), range(1, 10, 2), range(10)[::2], range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError", e)
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 1), list(reversed(range(4))))
total = 0
for i in range(100, -1, -5):
    total += i
print(total)
