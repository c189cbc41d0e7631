# Sequence comparison (lexicographic, identity shortcut), concatenation type errors and repetition.
nan = float("nan")
print([nan] == [nan], (nan,) < (nan, 1), [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [[]], (2,) > (1, 99))
a = [1]
print([a] == [a], [[1]] == [a], (a,) is (a,) or True)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print([1] == (1,), (1, 2) != [1, 2], list((1, 2)) == [1, 2])
for expr in ["[1] + (2,)", "(1,) + [2]", "[1] + 'a'", "(1,) + None", "[1] * 'x'", "(1,) * 2.0"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
l = [1]
l += (2, 3)
l += "ab"
l += {9: 0}
print(l)
t = (1,)
t += (2,)
print(t, (1, 2) * 2, 2 * [0], [[]] * 3, (0,) * -1, [1] * True)
print(max([(1, 2), (1, 3), (0, 9)]), min([[3], [1, 2], [1]]), sorted([(2, "b"), (1, "z"), (2, "a")]))
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__")
        return True
e = Eq()
print([e] == [e], [e] == [Eq()], (1, e) == (1, 5))
