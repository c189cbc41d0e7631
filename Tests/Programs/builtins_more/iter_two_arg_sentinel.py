# iter(callable, sentinel): stops at the sentinel by ==, propagates exceptions, callable checks.
vals = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(vals), None)))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
class Eq:
    def __eq__(self, o):
        print("eq called with", o)
        return o == 2
n[0] = 0
print(list(iter(counter, Eq())))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
def raiser():
    raise StopIteration
print(list(iter(raiser, 0)))
def bad():
    raise KeyError("from callable")
try:
    list(iter(bad, 0))
except KeyError as e:
    print(type(e).__name__, e)
it = iter(counter, 100)
print(type(it).__name__, next(it), it.__next__())
import io
f = io.StringIO("a\nb\n\nc\n")
print(list(iter(f.readline, "")))
f = io.StringIO("a\nb\n\nc\n")
print(list(iter(f.readline, "\n")))
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
