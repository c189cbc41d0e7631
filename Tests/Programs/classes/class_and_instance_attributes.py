# Class attributes are shared; instance attributes shadow them; assignment through the class.
class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
a, b = Dog("rex"), Dog("fido")
print(a.kind, b.kind, a.name, b.name)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind, "kind" in vars(a), "kind" in vars(b))
Dog.kind = "dog"
print(a.kind, b.kind)
a.tricks.append("roll")
print(b.tricks, Dog.tricks is a.tricks)
del a.kind
print(a.kind)
Dog.new_attr = 42
print(b.new_attr, hasattr(a, "new_attr"), getattr(a, "nope", "default"))
setattr(b, "dynamic", [1])
print(b.dynamic, sorted(vars(b)))
