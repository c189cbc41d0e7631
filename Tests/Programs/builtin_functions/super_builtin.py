# super() zero-arg and two-arg forms, MRO cooperative calls, and super errors.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], super(B, D()).who(), super(D, D()).who())
class E(A):
    @classmethod
    def cm(cls):
        return cls.__name__ + "/" + super().who.__name__ if hasattr(super(), "who") else cls.__name__
    def __init__(self):
        super().__init__()
        self.ok = True
print(E().ok, E.cm(), super(E, E).who is A.who)
for f in (lambda: super(int, "s"), lambda: super(5, 5)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, B()).nope
except AttributeError as e:
    print(type(e).__name__, e)
