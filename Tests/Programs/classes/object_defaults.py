# What object provides by default: identity equality, __init__ args check, no ordering.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, bool(a), Plain.__eq__ is object.__eq__)
print(a.__eq__(b), a.__ne__(b), a.__lt__(b) if hasattr(a, "__lt__") else None, a.__eq__(a))
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(object()).__name__, object.__bases__, isinstance(Plain, object), isinstance(type, object))
print(str(a) == repr(a), format(a) == str(a), a.__class__ is Plain, a.__class__.__class__ is type)
class WithInitOnly:
    def __init__(self, *a):
        pass
WithInitOnly(1, 2)
class WithNewOnly:
    def __new__(cls, *a):
        return super().__new__(cls)
WithNewOnly(1, 2)
print("ok")
