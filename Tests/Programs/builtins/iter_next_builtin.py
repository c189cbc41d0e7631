# iter() with a sentinel, next() with a default, and iterators returning themselves.
data = iter([1, 2, 3, 0, 4])
for v in iter(lambda: next(data), 0):
    print("got", v)
print(list(data))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
it = iter("ab")
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
lst = [1, 2]
li = iter(lst)
print(iter(li) is li, type(li).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter("")).__name__)
for bad in (lambda: iter(5), lambda: iter(len, 0, 1), lambda: next([1]), lambda: iter(5, 0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
