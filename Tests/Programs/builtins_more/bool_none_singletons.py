# bool, None, NotImplemented and Ellipsis: reprs, arithmetic, construction, truthiness rules.
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | 0, True ^ True)
print(type(True & False).__name__, type(True | 2).__name__, type(~True).__name__)
print(bool(), bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(...))
print(repr(None), str(None), repr(NotImplemented), repr(Ellipsis), repr(...), ... is Ellipsis)
print(type(None)(), type(...)() is ..., type(NotImplemented)() is NotImplemented)
for t in [bool, type(None)]:
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
nothing = None
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
class L:
    def __len__(self):
        return 0
class BoolBad:
    def __bool__(self):
        return 1
class LenNeg:
    def __len__(self):
        return -1
print(bool(L()), not L())
for obj in [BoolBad(), LenNeg()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(True) == 1, True == 1.0, {True: "t", 1: "one"}, isinstance(True, int))
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), None.__bool__(), (True).__bool__())
print(str(True), format(True), format(True, "d"), f"{False:>6}", "%s %d" % (True, True), True.real, True.imag)
