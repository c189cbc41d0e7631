# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C()"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
C.__len__ = lambda self: 2
print(len(c))
class D:
    pass
d = D()
d.__add__ = lambda other: "never"
try:
    d + 1
except TypeError as e:
    print("TypeError", e)
D.__add__ = lambda self, other: f"D + {other}"
print(d + 1)
D.__iter__ = lambda self: iter("xy")
print(list(d))
