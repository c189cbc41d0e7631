# Cooperative multiple inheritance: every __init__ runs once, in MRO order.
class Root:
    def __init__(self, **kw):
        print("Root", kw)
        super().__init__()
class Left(Root):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Root):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom")
        super().__init__(**kw)
Bottom(left=1, right=2, extra=3)
print([c.__name__ for c in Bottom.__mro__])
class A:
    def chain(self):
        return ["A"]
class B(A):
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print(D().chain(), B().chain())
