# sys.intern identity, set/getrecursionlimit round-trips and errors, RecursionError message.
import sys
a = sys.intern("".join(["hello", "_world"]))
b = sys.intern("hello_" + "world"[0:5])
print(a is b, a == "hello_world")
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in (0, -5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit() == old)
