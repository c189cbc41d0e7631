# sys.getrecursionlimit/setrecursionlimit validation and sys.intern rules.
import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in [0, -5, 1.5, "100", None]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(500))
sys.setrecursionlimit(old)
a = "".join(["dyn", "amic"])
b = sys.intern(a)
print(b == "dynamic", sys.intern(b) is b, sys.intern("dynamic") is b)
for bad in [5, b"bytes", None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getsizeof(0) > 0, type(sys.getsizeof([])).__name__, sys.getsizeof(1, 5) > 0 if False else "skip")
try:
    sys.getsizeof()
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.is_finalizing(), callable(sys.exc_info), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v if hasattr(sys, "exception") else "no sys.exception")
