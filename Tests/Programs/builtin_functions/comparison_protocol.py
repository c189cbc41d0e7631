# Rich comparisons: reflected operands, subclass priority, NotImplemented both ways, == identity fallback.
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("A.__gt__")
        return self.v > getattr(o, "v", o)
class B(A):
    def __gt__(self, o):
        print("B.__gt__")
        return True
print(A(1) < A(2))
print(A(1) < B(2))
print(A(3) > 1, 1 < A(3))
class N:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
n = N()
print(n == n, n == N(), n != n, n != N())
for f in (lambda: n < n, lambda: n <= 1, lambda: 1 > n, lambda: "a" >= n):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class E:
    def __eq__(self, o):
        return "truthy"
print(E() == 1, E() != 1, [E()] == [E()], E() in [1])
