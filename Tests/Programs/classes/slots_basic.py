# __slots__ restricts attributes and removes the instance __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError", e)
del p.x
print(hasattr(p, "x"))
class Q(P):
    pass
q2 = Q(1, 2)
q2.z = 3
print(q2.z, hasattr(q2, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 0
print(r.x, r.w, hasattr(r, "__dict__"), type(P.x).__name__)
