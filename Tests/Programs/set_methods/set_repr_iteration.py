# repr of sets/frozensets (int order), set of str order under PYTHONHASHSEED=0, copy, mutation during iteration.
print(set(), frozenset(), {3, 1, 2}, frozenset([5, -1]), {(1, 2)}, {frozenset([1])}, repr(set([10, 100, 1000])))
print({"banana", "apple", "cherry"}, {"a", "b", "c", "d"}, frozenset("hello"))
print(list({64, 1, 33, 2}), list({-1, -2, 8}), {0.5, 1.5, 1}, {None, True})
s = {1, 2, 3}
c = s.copy()
c.add(4)
print(s, c, s.copy() == s, frozenset(s).copy() is not None)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
class S(set):
    pass
print(S([1]), type(S([1]) | {2}).__name__, repr(S()))
r = set()
print(set("abc") == {"a", "b", "c"}, {x % 4 for x in range(10)}, len({1, 1.0, True}))
