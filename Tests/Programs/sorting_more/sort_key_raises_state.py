# When a key function or comparison raises, the list keeps a permutation of its items.
def bad_key(x):
    if x == 3:
        raise RuntimeError("key failed on %d" % x)
    return -x
a = [5, 1, 3, 2, 4]
try:
    a.sort(key=bad_key)
except RuntimeError as e:
    print(type(e).__name__, e)
print(a)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 0 or o.v == 0:
            raise ArithmeticError("no zero")
        return self.v < o.v
    def __repr__(self):
        return "C(%d)" % self.v
b = [C(3), C(1), C(0), C(2)]
try:
    b.sort()
except ArithmeticError as e:
    print(type(e).__name__, e)
print(sorted(b, key=lambda c: c.v))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 2], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], reverse="yes")
    print("reverse str ok")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([2, 1], reverse=1), sorted([2, 1], key=None))
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoLt()]) != [])
