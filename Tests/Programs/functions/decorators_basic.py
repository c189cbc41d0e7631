# Decorators: plain, stacked (applied bottom-up), with arguments, on methods.
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        return fn(*args, **kw)
    return wrapper
def times(n):
    print("times factory", n)
    def deco(fn):
        print("decorating", fn.__name__, "with times", n)
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b=0):
    return a + b
print(add(1, b=2), add.__name__)
@times(2)
@times(3)
def one():
    return 1
print(one())
class C:
    def __repr__(self):
        return "<C>"
    @trace
    def method(self, x):
        return x * 2
print(C().method(21))
def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
found = []
@register(found)
def a(): pass
@register(found)
def b(): pass
print(found, a.__name__)
