# sorted() returns a new list from any iterable and leaves the input alone.
t = (3, 1, 2)
s = sorted(t)
print(s, t, type(s).__name__, sorted("banana"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], key=None), sorted(["a", "B", "c"], key=str.casefold), sorted(["10", "9", "100"], key=int))
print(sorted([[3, "c"], [1, "a"], [2, "b"]], key=lambda p: p[1], reverse=True), sorted((x for x in [2, 1])))
print(sorted([(1, 2), (1,), (0, 5, 5), ()]), sorted([0.5, -1, 3, True, False]))
try:
    sorted([1, 2], reverse=None)
except TypeError as e:
    print("TypeError", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError", e)
