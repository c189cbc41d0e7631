# getattr with default, setattr/delattr/hasattr, __getattr__ fallbacks and error messages.
class C:
    a = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
c = C()
print(getattr(c, "a"), getattr(c, "dyn_x"), getattr(c, "zz", "dflt"), hasattr(c, "dyn_q"), hasattr(c, "nope"))
setattr(c, "b", 2)
print(c.b, vars(c))
delattr(c, "b")
print(hasattr(c, "b"))
for f in (lambda: getattr(c, "nope"), lambda: delattr(c, "b"), lambda: getattr(c, 5), lambda: setattr(c, 1, 2),
          lambda: getattr(object(), "x"), lambda: setattr(object(), "x", 1), lambda: delattr(C, "zzz"), lambda: getattr(1, "real", 2, 3)):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raiser:
    @property
    def p(self):
        raise ValueError("prop boom")
try:
    hasattr(Raiser(), "p")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Raiser(), "q", None), getattr(5, "__class__").__name__, getattr(str, "upper")("x"))
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
