# __name__/__qualname__/__module__ of classes, nested classes, methods and lambdas; repr of classes.
class Outer:
    class Inner:
        def method(self):
            pass
    def make(self):
        def local():
            pass
        return local
print(Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().make().__qualname__, (lambda: 0).__qualname__)
print(repr(Outer), repr(Outer.Inner), str(Outer.Inner), Outer.__module__, int.__module__, repr(int), repr(type(None)))
print(repr(str.upper), repr(dict.fromkeys).startswith("<built-in method fromkeys"), repr(list.append), repr(int.__add__))
def f():
    pass
print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__code__.co_name)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
