# An uncaught AttributeError with no similar name has no suggestion.
class Person:
    def __init__(self, name):
        self.name = name
p = Person("ann")
print(p.name)
print(p.nmae)
