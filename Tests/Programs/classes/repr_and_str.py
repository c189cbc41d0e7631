# __repr__ and __str__: str falls back to repr; containers use repr of their items.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class OnlyStr:
    def __str__(self):
        return "OnlyStr(str)"
o, b = OnlyRepr(), Both()
print(o, str(o), repr(o), b, str(b), repr(b))
print([o, b], (b,), {"k": b}, f"{b} {b!r} {b!s}", "%s %r" % (b, b), format(b))
s = OnlyStr()
print(str(s), repr(s).startswith("<__main__.OnlyStr object at "))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
