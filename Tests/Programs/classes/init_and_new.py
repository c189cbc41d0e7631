# __new__ creates, __init__ initialises; __new__ returning another type skips __init__.
class Logged:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("__init__", x)
        self.x = x
o = Logged(5)
print(o.x)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other())
class Sub(Logged):
    pass
print(type(Sub(1)).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError", e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple), p + (5,))
