# list.index with start/stop, count, remove and the exact ValueError messages.
l = [1, 2, 3, 2, 1, 2.0, True]
print(l.index(2), l.index(2, 2), l.index(2, -3), l.index(1, 1, 5), l.count(2), l.count(1), l.count("x"), l.index(True))
for f in (lambda: l.index(9), lambda: l.index(3, 3), lambda: l.index(1, 1, 4), lambda: l.remove("q"), lambda: l.index()):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
l.remove(2)
l.remove(2.0)
print(l, l.index(2, -100, 100))
nan = float("nan")
k = [nan, 1]
print(k.index(nan), k.count(nan), [float("nan")].count(float("nan")))
class Eq:
    def __eq__(self, o):
        return o == 7
print([1, 7, Eq()].index(Eq()), [Eq()].count(7))
