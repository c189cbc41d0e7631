# iter(callable, sentinel), iter of sequences via __getitem__, and non-iterable errors.
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)), list(vals))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())), list(Seq()), 20 in Seq())
for bad in (5, None):
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([])
print(iter(it) is it, next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class NotIt:
    __iter__ = None
try:
    iter(NotIt())
except TypeError as e:
    print(type(e).__name__, e)
