# isinstance/issubclass: tuples (nested), unions, abstract classes and custom hooks.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(None, type(None)))
print(isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type))
from collections.abc import Iterable, Sized, Hashable, Callable, Sequence, Mapping
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance("s", Sequence), isinstance([], Hashable))
print(isinstance(len, Callable), issubclass(dict, Sized), isinstance(range(1), Sequence), isinstance({}.keys(), Sequence))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(str, Magic), issubclass(int, Magic))
for call in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (int, 1)), lambda: isinstance(1, [int])):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
