# Descriptors of built-in types: method/getset/member descriptors, __get__ binding, __objclass__, errors.
print(type(str.upper).__name__, type(int.real).__name__, type(dict.fromkeys).__name__, type(float.__dict__["fromhex"]).__name__)
print(str.upper.__get__("abc")(), str.upper("xyz"), int.real.__get__(5), int.__dict__["real"].__objclass__)
print(repr(str.upper), repr(int.real), repr(dict.__dict__["fromkeys"]), repr("a".upper)[:31])
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper()
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.real.__get__("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.real.__set__(5, 3)
except AttributeError as e:
    print(type(e).__name__, e)
print(str.upper.__name__, str.upper.__qualname__, int.real.__name__, int.__add__.__qualname__, len.__qualname__)
print(str.__dict__["upper"] is str.upper, str.upper.__get__(None, str) is str.upper)
m = "abc".upper
print(m.__self__, m.__name__, type(m).__name__, m == "abc".upper, m.__qualname__)
print(list.append.__text_signature__ if hasattr(list.append, "__text_signature__") else "sig-skip")
bound = [].append
print(type(bound).__name__, bound.__self__, type(bound.__self__).__name__)
f = (1).__add__
print(type(f).__name__, f(2), f.__self__, f.__name__)
print(type(type.__dict__["__name__"]).__name__, type.__dict__["__name__"].__get__(int), type(type.__dict__["mro"]).__name__)
class C:
    __slots__ = ("a",)
print(type(C.a).__name__, repr(C.a), C.a.__name__, C.a.__objclass__.__name__)
try:
    C().a
except AttributeError as e:
    print(type(e).__name__, e)
import types
print(types.MethodDescriptorType is type(str.upper), types.GetSetDescriptorType is type(int.real) or type(int.real).__name__,
      types.MemberDescriptorType is type(C.a), types.BuiltinMethodType is type([].append), types.WrapperDescriptorType is type(int.__add__))
