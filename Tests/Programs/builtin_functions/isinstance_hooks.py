# isinstance/issubclass with tuples, nested tuples, unions, and __instancecheck__/__subclasscheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance(Magic(), Magic))
print(isinstance(1, (str, (float, int))), isinstance(1, int | str), issubclass(bool, (str, int)), isinstance(None, type(None)))
print(isinstance(True, int), issubclass(bool, bool), issubclass(int, object), isinstance(int, type), isinstance(type, object))
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (1,)), lambda: isinstance(1, [int]),
          lambda: issubclass(int, list[int])):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class Boom(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("check boom")
class B(metaclass=Boom):
    pass
try:
    isinstance(1, B)
except RuntimeError as e:
    print(type(e).__name__, e)
print(isinstance(B(), B))
class Truthy(type):
    def __instancecheck__(cls, obj):
        return [1]
class T(metaclass=Truthy):
    pass
print(isinstance(0, T))
from collections.abc import Iterable, Sized, Hashable
print(isinstance([], Iterable), isinstance(5, Iterable), issubclass(dict, Sized), isinstance([], Hashable), isinstance((), Hashable))
