# isinstance/issubclass: tuples (nested), __instancecheck__/__subclasscheck__ on metaclasses, errors.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance("x", IntLike), isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike), issubclass(list, IntLike), issubclass(IntLike, IntLike))
print(isinstance(3, (str, (list, (int,)))), isinstance(3, ()), issubclass(int, ((), (object,))))
for bad in [(3, 3), (3, [int]), (3, "int"), (3, (int, 5))]:
    try:
        print(isinstance(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [(3, int), (int, 3), (int, [int])]:
    try:
        print(issubclass(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
class Truthy(type):
    def __instancecheck__(cls, inst):
        return "yes"
class T(metaclass=Truthy):
    pass
print(isinstance(1, T))
class Raising(type):
    def __instancecheck__(cls, inst):
        raise LookupError("nope")
class R(metaclass=Raising):
    pass
try:
    isinstance(1, R)
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(R(), R))
print(isinstance(int | str, type), isinstance(3, int | str), issubclass(bool, int | None), isinstance(None, int | None))
class WithClass:
    __class__ = int
print(isinstance(WithClass(), int), type(WithClass()).__name__)
