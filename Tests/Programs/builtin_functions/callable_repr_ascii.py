# callable() over many kinds of objects; repr() and ascii() of builtins and user classes.
class WithCall:
    def __call__(self):
        return 1
class NoCall:
    pass
print([callable(o) for o in (len, print, int, WithCall(), NoCall(), NoCall, lambda: 0, "s", 5, str.upper, "s".upper, None)])
print(repr(len), repr(int), repr(None), repr(...), repr(NotImplemented), repr(type), repr(object), repr(print))
print(ascii("é日😀\n"), ascii(["é"]), ascii({"k": "ü"}), ascii(b"\xff"), ascii(1.5), repr("é"))
class R:
    def __repr__(self):
        return "R-é"
print(repr(R()), ascii(R()), str(R()), [R()], ascii([R()]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class RaiseRepr:
    def __repr__(self):
        raise RuntimeError("repr boom")
try:
    print([RaiseRepr()])
except RuntimeError as e:
    print(type(e).__name__, e)
