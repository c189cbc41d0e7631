# getattr/setattr/hasattr/delattr: defaults, non-string names, and which errors hasattr hides.
class C:
    x = 1
    @property
    def boom(self):
        raise ValueError("property raised")
    @property
    def missing(self):
        raise AttributeError("property says missing")
c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(c, "y"), hasattr(c, "missing"))
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    hasattr(c, "boom")
except ValueError as e:
    print("hasattr propagates:", e)
for call in (lambda: getattr(c, 1), lambda: setattr(c, 2, 0), lambda: delattr(c, "nope"), lambda: getattr(c, "zz"),
             lambda: setattr(5, "x", 1), lambda: getattr(c, "boom", "default is not used for ValueError")):
    try:
        call()
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
print(getattr(c, "missing", "default used for AttributeError"), getattr(5, "real"), getattr("s", "upper")())
