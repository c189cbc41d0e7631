# type(name, bases, dict) creates classes; type(obj) returns the class.
def speak(self):
    return "I am " + self.name
Animal = type("Animal", (), {"name": "animal", "speak": speak})
Cat = type("Cat", (Animal,), {"name": "cat"})
print(Cat().speak(), Cat.__name__, Cat.__bases__, Cat.__mro__)
print(type(Cat()), type(Cat), type(type), type(1), type(None), type(len), type([].append).__name__)
print(type(Cat()) is Cat, Cat.__qualname__, Cat.__module__)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError", e)
K = type("K", (int,), {"double": lambda self: self * 2})
print(K(21).double(), isinstance(K(1), int))
