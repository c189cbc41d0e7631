# User numeric types: __radd__ when left returns NotImplemented, subclass reflected priority, __iadd__ fallback.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, (int, Num)):
            return type(self)(self.v + (o.v if isinstance(o, Num) else o))
        return NotImplemented
    def __radd__(self, o):
        return type(self)(o + self.v) if isinstance(o, int) else NotImplemented
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Sub(Num):
    def __radd__(self, o):
        return Sub(-999)
print(Num(1) + 2, 2 + Num(1), Num(1) + Num(2), Num(1) + Sub(2), sum([Num(1), Num(2)]), sum([Num(1)], Num(10)))
for f in (lambda: Num(1) + "x", lambda: "x" + Num(1), lambda: Num(1) * 2, lambda: 1.5 + Num(1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
x = Num(5)
y = x
x += 1
print(x, y, x is y)
class InPlace(Num):
    def __iadd__(self, o):
        self.v += o
        return self
p = InPlace(1)
q = p
p += 10
print(p, p is q)
class Weird:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
w = Weird()
w += 1
print(w)
