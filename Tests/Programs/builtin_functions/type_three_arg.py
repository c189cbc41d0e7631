# type() with one and three arguments: dynamic classes, bases, namespace, and errors.
print(type(1), type("s"), type(None), type(type), type(int).__name__, type(True) is bool)
A = type("A", (), {"x": 1, "hello": lambda self: "hi " + type(self).__name__})
B = type("B", (A,), {"y": 2})
b = B()
print(A.__name__, B.__mro__[1].__name__, b.x, b.y, b.hello(), isinstance(b, A), B.__qualname__, type(b).__name__)
for args in (("C", 1, {}), ("C", (), 1), (1, (), {}), ("C", (5,), {}), ("a", "b")):
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
C = type("C", (int,), {})
print(C(5) + 1, type(C(5)).__name__, C.__bases__[0].__name__)
try:
    type("D", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
