# __call__ makes instances callable; callable() checks for it on the type.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, range(3))))
a = Adder(1)
a.__call__ = lambda x: "instance attribute ignored"
print(a(1))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
