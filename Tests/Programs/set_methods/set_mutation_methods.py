# add/remove/discard/pop/clear/update and the *_update methods and in-place operators.
s = {1, 2}
s.add(3)
s.add(2)
s.discard(10)
s.remove(1)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
s.update([4, 5], {6}, "a")
print(sorted(s, key=str))
s.intersection_update(range(10), [2, 3, 4, 5, 6, 7])
print(s)
s.difference_update([2], (3,))
print(s)
s.symmetric_difference_update([5, 9])
print(s)
s |= {100}
s &= {4, 6, 9, 100}
s -= {4}
s ^= {0, 6}
print(s, s.pop() in {0, 9, 100}, len(s))
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset([1])
g = fs
fs |= {2}
print(fs, g, fs is g)
try:
    frozenset().add(1)
except AttributeError as e:
    print(type(e).__name__, e)
