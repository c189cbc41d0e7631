# Classes as decorators (instances with __call__) and decorators applied to classes.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
def add_repr(cls):
    cls.__repr__ = lambda self: f"{cls.__name__}({self.__dict__})"
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2))
def singleton(cls):
    instance = cls()
    return lambda: instance
@singleton
class Config:
    pass
print(Config() is Config())
