# Augmented assignment on attributes, subscripts and slices evaluates the target once.
class Obj:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        print("get v")
        return self._v
    @v.setter
    def v(self, val):
        print("set v", val)
        self._v = val
o = Obj()
o.v += 5
print(o._v)
class Box:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
def key():
    print("key evaluated")
    return "k"
b = Box()
b[key()] *= 10
print(b.data)
l = [1, 2, 3, 4]
l[1:3] += ["x"]
print(l)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
s = "ab"
s *= 3
print(s)
n = 7
n //= 2; n **= 3; n %= 5; n <<= 4; n >>= 1; n |= 1; n ^= 3; n &= 0xff; n -= 1
print(n)
f = 1.5
f /= 0.5
print(f)
class M:
    def __imatmul__(self, o):
        return "imatmul " + str(o)
m = M()
m @= 3
print(m)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
