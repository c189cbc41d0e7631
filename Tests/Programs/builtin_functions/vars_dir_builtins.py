# vars() and dir() on instances, classes, modules, with __slots__ and custom __dir__.
class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self._y = 2
    def meth(self):
        pass
p = P()
print(vars(p), sorted(k for k in vars(P) if not k.startswith("__")), [n for n in dir(p) if not n.startswith("__")])
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(D()))
import math
print("sqrt" in dir(math), vars(math) is math.__dict__, "x" in dir())
def f():
    local_a = 1
    local_b = 2
    return sorted(vars()), dir()
print(f())
print(dir(5)[:3], "append" in dir([]), "keys" in dir({}), sorted(set(dir(True)) - set(dir(1))))
try:
    vars(p, 1)
except TypeError as e:
    print(type(e).__name__, e)
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
