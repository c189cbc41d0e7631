# __iadd__ and friends: in-place when defined, falling back to __add__ otherwise.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
a = Acc()
ref = a
a += 1
a += 2
a *= 2
print(a.items, a is ref)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
old = b
b += 5
print(b.v, b is old, old.v)
class ReturnsOther:
    def __iadd__(self, o):
        return "something else"
r = ReturnsOther()
r += 1
print(r)
class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
n = NotImpl()
n += 1
print(n)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
