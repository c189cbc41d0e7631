# range equality compares sequences, containment with non-int numbers uses equality, negative steps.
print(range(0, 3) == range(0, 3), range(0, 3, 2) == range(0, 4, 2), range(0) == range(10, 0), range(1, 2) == range(1, 3, 5))
print(range(3) == [0, 1, 2], range(3) != (0, 1, 2), range(5)[::-1] == range(4, -1, -1))
r = range(10, -10, -3)
print(list(r), 4 in r, 5 in r, 4.0 in r, True in range(2), 1.5 in range(3), r.index(-2), r.count(-2), r[-2])
class Eq:
    def __eq__(self, other):
        return other == 4
print(Eq() in range(10), Eq() in range(4), range(10).count(Eq()))
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({range(3): 1, range(0, 3): 2}.values()), len({range(0), range(2, 2), range(5, 1)}))
