# Instances of str subclasses: attributes, __slots__, __new__, methods returning exact str,
# hashing as dict keys, and overridden __hash__/__eq__.

class Tag(str):
    def __new__(cls, text, level=0):
        self = super().__new__(cls, text)
        self.level = level
        return self

    def __repr__(self):
        return "Tag(" + str.__repr__(self) + ", " + str(self.level) + ")"

t = Tag("hello", 2)
print(t, repr(t), t.level, len(t), t[1], t == "hello", isinstance(t, str))
print(type(t).__name__, type(str(t)).__name__, type(t + "!").__name__, type("<" + t).__name__)
print([type(x).__name__ for x in (t.upper(), t[:], t[1:3], t * 2, t.strip(), "".join([t]),
                                  t.center(3), t.zfill(2), t.removeprefix("x"), format(t), f"{t}", "%s" % t)])
t.level = 5
t.note = "n"
print(t.level, t.note, sorted(vars(t).items()))
print(t.__dict__)
d = {t: 1, "world": 2}
print(d["hello"], d[Tag("world")], "hello" in d, Tag("hello") in {"hello"})

class Slotted(str):
    __slots__ = ("a", "b")

s = Slotted("xyz")
s.a = [1, 2]
print(s, s.a, hasattr(s, "b"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError", e)

class Sub(Slotted):
    pass

u = Sub("long text " * 3)
u.a = "A"
u.b = "B"
u.extra = "E"
print(u, u.a, u.b, u.extra, u.__dict__)

class NoAttrs(str):
    __slots__ = ()

try:
    NoAttrs("q").x = 1
except AttributeError as e:
    print("AttributeError", e)

class Folded(str):
    def __hash__(self):
        return hash(self.lower())
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()

m = {Folded("Key"): "v"}
print(m[Folded("KEY")], Folded("a") == "A", "A" == Folded("a"), Folded("KEY") in m)

class Mixin:
    def shout(self):
        return self.upper() + "!"

class Loud(Mixin, str):
    pass

print(Loud("hey").shout(), type(Loud("hey")).__name__, Loud.__mro__[1].__name__)
print(str.__new__(Tag, "raw"), type(str.__new__(Tag, "raw")).__name__)
try:
    object.__new__(Tag)
except TypeError as e:
    print("TypeError", e)
wide = Tag("héllo wörld ✓")
wide.level = 9
print(wide, len(wide), wide.level, wide.encode("utf-8"))
