# The recursion depth counts Python frames and the native steps CPython guards: builtin
# calls, calls of classes and of instances, repr(), str() and comparisons.
import sys
def probe(tag):
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(tag, e)
probe("module")
def f():
    probe("in f")
f()
class Init:
    def __init__(self):
        probe("in __init__")
for _ in range(3):
    Init()
class R:
    def __repr__(self):
        probe("in __repr__")
        return "r"
repr(R())
str(R())
"%s" % (R(),)
f"{R()}"
list(map(lambda x: probe("in map"), [1]))
sorted([1], key=lambda x: probe("in sort key"))
class C:
    def __call__(self):
        probe("in __call__")
C()()
class E:
    def __eq__(self, other):
        probe("in __eq__")
        return True
E() == 1
[E()] == [1]
class S:
    def __str__(self):
        probe("in __str__")
        return "s"
str(S())
"%s" % (S(),)
print(S())
class X:
    def __index__(self):
        probe("in __index__")
        return 1
    def __float__(self):
        probe("in __float__")
        return 1.0
    def __int__(self):
        probe("in __int__")
        return 1
int(X())
float(X())
range(X())
print(sys.getrecursionlimit())
