# Reflected operators: tried when the left operand returns NotImplemented, and first for subclasses.
class Base:
    def __add__(self, o):
        print("  Base.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("  Base.__radd__")
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        print("  Derived.__radd__")
        return "Derived.radd"
print(Base() + Derived())
print(Derived() + Base())
print(1 + Base())
class Neither:
    def __add__(self, o):
        return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError", e)
class IntSub(int):
    def __radd__(self, o):
        return "IntSub.__radd__ first"
print(1 + IntSub(2), IntSub(2) + 1)
class Cmp:
    def __eq__(self, o):
        print("  Cmp.__eq__")
        return NotImplemented
print(Cmp() == Cmp(), Cmp() != 3)
