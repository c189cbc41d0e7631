# super() with zero arguments and the two-argument form, in methods and classmethods.
class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
l = Leaf()
print(l.greet(), l.skip(), Leaf.create())
print(super(Leaf, l).greet(), super(Mid, Leaf).create())
class WithInit(list):
    def __init__(self, *a):
        super().__init__(a)
        self.extra = len(a)
w = WithInit(1, 2)
print(w, w.extra)
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
def standalone(self):
    return super().greet()
try:
    standalone(l)
except RuntimeError as e:
    print("RuntimeError", e)
