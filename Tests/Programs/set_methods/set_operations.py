# set union/intersection/difference/symmetric_difference as methods (any iterable) and operators (sets only).
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([9], (8,)), a.intersection(range(3), [1, 2]), a.difference("x", [1]))
print(a.symmetric_difference([4, 6]), a.union(), a.intersection(), set().union(), frozenset(a) | b, type(frozenset(a) | b).__name__)
print(type(b | frozenset(a)).__name__, type(frozenset() & set()).__name__)
for f in (lambda: a | [1], lambda: a & "x", lambda: a - (1,), lambda: a ^ None, lambda: a.union(5), lambda: a + b):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > a, {1, 5}.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint("abc"))
print(a == frozenset(a), {1} == {1.0}, {1, 2} != {2, 1}, set() == frozenset(), sorted(a ^ b ^ a))
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
