# tuple subclasses keep tuple behaviour; tuple hash of various contents; tuple comparison with mixed types.
class T(tuple):
    def first(self):
        return self[0]
t = T([3, 4])
print(t, t.first(), type(t + (5,)).__name__, type(t[:1]).__name__, t == (3, 4), hash(t) == hash((3, 4)), repr(T()))
for items in ((), (0,), (-1,), (1, 2), (2, 1), ("a", "b"), (1.5, -2), ((1, 2), 3), (True, False), (10**30,)):
    print(items, hash(items))
print((1, "a") < (1, "b"), (1, 2) < (1, 2.5), ((), 1) < ((0,),), (1, 2) == (1.0, 2.0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(t) is not t, tuple((1, 2)) == (1, 2), t.count(3), t.index(4))
