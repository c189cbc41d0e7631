# list/tuple index() with start/stop (negative, huge, __index__), count(), remove() messages.
l = [1, 2, 3, 2, 1, 2]
t = tuple(l)
for seq in (l, t):
    print(seq.index(2), seq.index(2, 2), seq.index(2, -2), seq.index(1, 1, 5), seq.index(2, -100, 100), seq.count(2), seq.count(9))
    for args in [(9,), (2, 4, 5), (1, 5, 1), (2, 10**20)]:
        try:
            print(seq.index(*args))
        except ValueError as e:
            print(type(e).__name__, e)
    for args in [(2, "a"), (2, 1.0), ()]:
        try:
            seq.index(*args)
        except TypeError as e:
            print(type(e).__name__, e)
class Ix:
    def __index__(self):
        return 2
print(l.index(3, Ix()), t.index(2, Ix(), Ix() if False else 4))
print([1.0, True, 1].count(1), [[1]].count([1]), [float("nan")].count(float("nan")))
nan = float("nan")
print([nan].count(nan), [nan].index(nan), nan in [nan], (nan,) == (nan,))
try:
    l.remove(9)
except ValueError as e:
    print(type(e).__name__, e)
l.remove(2.0)
print(l)
class Eq:
    def __eq__(self, o):
        print("eq", o)
        return o == 3
print([1, 3, 5].index(Eq()), [1, 3, 3].count(Eq()))
