# User __format__, __repr__ and __str__: which builtins call which, fallbacks and bad return types.
class Both:
    def __repr__(self):
        return "R"
    def __str__(self):
        return "S"
b = Both()
print(str(b), repr(b), f"{b}", f"{b!r}", f"{b!s}", "%s %r" % (b, b), format(b), [b], (b,), {b: b})
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), "5")
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F()), format(F(), "x"), "{0:y} {0}".format(F()), f"{F():>3}")
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return b"bytes"
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
    def __repr__(self):
        return StrSub("rsub")
r = str(ReturnsSub())
print(r, type(r).__name__, type(repr(ReturnsSub())).__name__)
class IntFmt(int):
    def __format__(self, spec):
        return "IntFmt:" + spec
print(format(IntFmt(5), "d"), f"{IntFmt(5):x}", "%d" % IntFmt(5), str(IntFmt(5)))
class FloatRepr(float):
    def __repr__(self):
        return "FR"
print(str(FloatRepr(1.5)), repr(FloatRepr(1.5)), f"{FloatRepr(1.5)}", "%s %r" % (FloatRepr(1.5), FloatRepr(1.5)))
print(object.__format__(b, ""), type(object.__format__(b, "")).__name__)
try:
    object.__format__(b, "x")
except TypeError as e:
    print(type(e).__name__, e)
class Raising:
    def __repr__(self):
        raise RuntimeError("repr failed")
try:
    print([Raising()])
except RuntimeError as e:
    print(type(e).__name__, e)
