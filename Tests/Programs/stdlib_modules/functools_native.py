# functools over _functools: reduce, partial (flattening, repr, attributes, keywords),
# cmp_to_key; and bisect/heapq over _bisect/_heapq with their corners.
import bisect
import functools
import heapq
from functools import cmp_to_key, partial, reduce


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 7), reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, "abc", "-"), reduce(lambda a, b: a + b, iter([1])))
attempt(lambda: reduce(lambda a, b: a, []))
attempt(lambda: reduce(lambda a, b: a, 5))
attempt(lambda: reduce(len))
attempt(lambda: reduce(lambda a, b: a, [], 1, 2))


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


p = partial(f, 1, 2, a=3)
print(p(3, b=4), p(a=5), p.func is f, p.args, p.keywords)
q = partial(p, 9, c=1)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(max, 1, key=None)).startswith("functools.partial(<built-in function max>, 1, key=None)"))
print(type(p).__name__, type(p).__module__, callable(p), partial(int, base=2)("101"))


class MyPartial(partial):
    pass


m = MyPartial(f, 1)
print(type(m).__name__, m(2), isinstance(m, partial), type(partial(m, 3).func).__name__)
attempt(lambda: partial())
attempt(lambda: partial(1))
attempt(lambda: hash(partial(f)) is not None)
print(partial[int])

key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)), key(3) < key(4), key(3) == key(3), key(5).obj)
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
attempt(lambda: key(1) < 5)
attempt(lambda: hash(key(1)))
print(type(key).__name__, max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))

# bisect
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 9), bisect.bisect_left(a, 0))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_right(a, 5, hi=None))
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
bisect.insort_right(a, 100, lo=2)
bisect.insort(records, ("z", 4), key=lambda r: r[1])
print(a, records)
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right("acegi", "d"), bisect.bisect_left(range(0, 100, 5), 42))
attempt(lambda: bisect.bisect_left(a, 1, -1))
attempt(lambda: bisect.bisect_left(5, 1))
attempt(lambda: bisect.bisect_left(a))
attempt(lambda: bisect.insort(5, 1))

# heapq
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heapreplace(h, 6), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, "hello"), list(heapq.merge([1, 4, 7], [2, 5], [3])))
print(list(heapq.merge([3, 2], [4, 1], reverse=True)), heapq.nsmallest(2, [(1, "b"), (1, "a")], key=lambda t: t[1]))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (2, "close"))
print([heapq.heappop(tasks) for _ in range(3)])
mx = [1, 5, 3, 9, 2]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 4), mx)
attempt(lambda: heapq.heappop([]))
attempt(lambda: heapq.heapreplace([], 1))
attempt(lambda: heapq.heappush((), 1))
attempt(lambda: heapq.heapify(5))
attempt(lambda: heapq.heappush([1, "a"], 2))
print(heapq.heappushpop([], 3))
