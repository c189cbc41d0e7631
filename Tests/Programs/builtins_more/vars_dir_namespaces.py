# vars(), dir(), globals(), locals(): what they return for modules, classes, instances and errors.
import math
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
    def m(self):
        pass
a = A()
print(vars(a), sorted(k for k in vars(A) if not k.startswith("__")), type(vars(A)).__name__)
print("cls_attr" in dir(a), "x" in dir(a), "m" in dir(A), "x" in dir(A), dir(a) == sorted(dir(a)))
print(vars(math) is math.__dict__, "sqrt" in dir(math))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
class CustomDir:
    def __dir__(self):
        return ["z", "b", "a"]
print(dir(CustomDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
def f(p, q=2):
    r = 3
    print(sorted(locals().items()))
    return locals() is locals()
print(f(1))
print(globals() is vars(), "A" in globals(), globals()["__name__"])
def g():
    return sorted(dir())
print(g())
x = 1
def h():
    y = 2
    def inner():
        return y
    return sorted(locals())
print(h())
print(dir(5)[:3], len(dir(int)) > 50, "__add__" in dir(int), "real" in dir(1))
