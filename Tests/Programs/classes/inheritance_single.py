# Single inheritance: overriding, extending, isinstance and issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.describe())
p = Puppy("x")
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(bool, int))
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__, object.__bases__)
print(isinstance(p, (int, Dog)), issubclass(Puppy, (str, Animal)))
try:
    issubclass(p, Dog)
except TypeError as e:
    print("TypeError", e)
