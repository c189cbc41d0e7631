# A chain of 2000 nested "yield from" generators with a raised recursion limit.
import sys
sys.setrecursionlimit(20000)
def chain(n):
    if n == 0:
        yield "bottom"
        return "returned from bottom"
    result = yield from chain(n - 1)
    return result
g = chain(2000)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
def count_down(n):
    if n:
        yield n
        yield from count_down(n - 1)
print(sum(count_down(1500)))
