# sorted() over many iterables returns a new list; list.sort returns None and sorts in place.
import copy
print(sorted("bca"), sorted(b"bca"), sorted(bytearray(b"zy")))
print(sorted((3, 1)), sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.values()))
print(sorted(iter([2, 1])), sorted(map(str, [10, 9, 100])))
print(sorted(frozenset("ab")), sorted(range(0)), sorted([]))
l = [3, 1, 2]
print(l.sort(), l)
s = sorted(l)
print(s is l, s == l)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return 4 - i
print(sorted(Seq()))
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(None)
except TypeError as e:
    print(type(e).__name__, e)
t = (5, 4)
try:
    t.sort()
except AttributeError as e:
    print(type(e).__name__, e)
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), sorted(d, key=d.__getitem__, reverse=True))
print(sorted(d.items(), key=lambda kv: kv[1]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:3], big[-3:], big == sorted(big))
import random
r = random.Random(5)
vals = [r.randint(0, 50) for _ in range(200)]
print(sorted(vals) == sorted(vals, reverse=True)[::-1])
