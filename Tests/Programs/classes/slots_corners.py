# __slots__ corners: the forms it may take, member descriptors, mangling, __dict__ in
# slots, inheritance and multiple inheritance, and the errors CPython reports.
class S1:
    __slots__ = "only"
class S2:
    __slots__ = ["a", "b"]
class S3:
    __slots__ = {"k": "doc of k", "v": "doc of v"}
class S4:
    __slots__ = iter(("i", "j"))
for cls in (S1, S2, S3):
    print(cls.__name__, cls.__slots__, sorted(n for n in vars(cls) if not n.startswith("__")))
s3 = S3()
s3.k, s3.v = 1, 2
print(s3.k, s3.v, S4().__class__.__name__, sorted(n for n in vars(S4) if not n.startswith("__")))

# member descriptors
print(S2.a, S2.a.__name__, S2.a.__objclass__.__name__, S2.a.__qualname__, type(S2.a).__name__)
s2 = S2()
S2.a.__set__(s2, 10)
print(S2.a.__get__(s2, S2), S2.a.__get__(None, S2) is S2.a, s2.a)
try:
    S2.a.__get__(S1(), S1)
except TypeError as e:
    print("TypeError", e)
try:
    del s2.b
except AttributeError as e:
    print("AttributeError", e)
try:
    s2.b
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is s2)
print(getattr(s2, "b", "default"), hasattr(s2, "a"))
try:
    vars(s2)
except TypeError as e:
    print("TypeError", e)
print([n for n in dir(s2) if not n.startswith("__")])

# private names are mangled
class Private:
    __slots__ = ("__secret", "__dunder__", "_single")
    def __init__(self):
        self.__secret = "s"
        self.__dunder__ = "d"
        self._single = 1
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, p.__dunder__, sorted(n for n in vars(Private) if "secret" in n))
class _Under:
    __slots__ = ("__x",)
print([n for n in vars(_Under) if "x" in n])

# __dict__ listed in slots gives a __dict__ as well
class WithDict:
    __slots__ = ("fixed", "__dict__")
w = WithDict()
w.fixed = 1
w.extra = 2
print(w.fixed, w.extra, w.__dict__)

# inheritance
class Base:
    __slots__ = ("x",)
class Child(Base):
    __slots__ = ("y",)
class Free(Child):
    pass
c = Child()
c.x, c.y = 1, 2
print(c.x, c.y, hasattr(c, "__dict__"))
f = Free()
f.x, f.y, f.z = 1, 2, 3
print(f.x, f.y, f.z, f.__dict__)
class Plain:
    pass
class SlotsOverDict(Plain):
    __slots__ = ("s",)
o = SlotsOverDict()
o.s = 1
o.other = 2
print(o.s, o.__dict__)
class Empty:
    __slots__ = ()
class Mixed(Base, Empty):
    __slots__ = ("m",)
mx = Mixed()
mx.x, mx.m = 1, 2
print(mx.x, mx.m, Mixed.__mro__[1].__name__)
class Other:
    __slots__ = ("o",)
try:
    class Conflict(Base, Other):
        pass
except TypeError as e:
    print("TypeError", e)

# a class attribute replacing a slot makes it read-only on instances
class Shadow:
    __slots__ = ("v",)
Shadow.v = "class value"
sh = Shadow()
print(sh.v)
try:
    sh.v = 1
except AttributeError as e:
    print("AttributeError", e)

# slots with properties and class attributes
class Temperature:
    __slots__ = ("_celsius",)
    scale = "C"
    def __init__(self, c):
        self._celsius = c
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
t = Temperature(100)
print(t.fahrenheit, t.scale)
try:
    t.scale = "F"
except AttributeError as e:
    print("AttributeError", e)

# errors
for bad in [(1,), ("a b",), ("__dict__", "__dict__"), ("__weakref__", "__weakref__"), 3]:
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError", e)
for base in (int, tuple, bytes, str, float, list, dict):
    try:
        type("Sub", (base,), {"__slots__": ("a",)})
        print(base.__name__, "accepts slots")
    except TypeError as e:
        print("TypeError", e)
print(type("EmptyInt", (int,), {"__slots__": ()})(5) + 1)
try:
    class ClassVar:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)
try:
    class AlreadyDict(Plain):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError", e)
