# hash() of frozensets is order-independent and matches CPython's algorithm.
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset([2, 1])))
print(hash(frozenset(range(10))), hash(frozenset([-1, -2])), hash(frozenset([0])))
print(hash(frozenset([(1, 2), (3, 4)])), hash(frozenset([frozenset([1]), frozenset()])))
print(hash(frozenset([1.5, 2.5])), hash(frozenset([10**30])))
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), hash(a | {4}) == hash(frozenset({1, 2, 3, 4})))
try:
    hash({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
class FS(frozenset):
    pass
print(hash(FS([1, 2])) == hash(frozenset([1, 2])))
d = {frozenset("ab"): 1}
print(d[frozenset("ba")])
print({1, 2} == frozenset([1, 2]), frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
