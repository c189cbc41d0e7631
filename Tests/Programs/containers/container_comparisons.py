# Lexicographic comparison of lists and tuples; identity shortcut for equality of items.
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1], [1, 0]), ([], []), ([2], [1, 5]),
         ((1, "a"), (1, "b")), ([[1]], [[0, 5]])]
for a, b in pairs:
    print(a, b, a == b, a < b, a <= b, a > b, a >= b)
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], (nan,) == (nan,), nan in [nan])
class Weird:
    def __eq__(self, other):
        return False
w = Weird()
print([w] == [w], w in [w], [w].count(w), [w].index(w))
print({1: [1]} == {1: [1]}, {1: 2} == {1: 2.0}, [1, 2] == (1, 2), list((1, 2)) == [1, 2])
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError", e)
print([1, 2] < [1, 3, "never compared"])
