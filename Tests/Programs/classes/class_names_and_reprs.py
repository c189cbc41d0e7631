# __name__, __qualname__, __module__ and repr of classes and nested classes.
class Outer:
    class Inner:
        class Deepest:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer, Outer.Inner, Outer.Inner.Deepest, repr(int), repr(type(None)))
print(Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.__module__)
L = Outer().method()
print(L.__qualname__, L.__name__, repr(L))
print(str(Outer.Inner), type(Outer.Inner).__name__, Outer.__doc__, int.__name__, int.__qualname__)
class Documented:
    """Doc for the class."""
print(Documented.__doc__, Documented().__doc__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__, Outer)
