# repr of built-in singletons, numbers, containers, types and built-in functions.
print(repr(None), repr(True), repr(...), repr(NotImplemented), repr(0), repr(-1.0), repr(1e-20), repr(2 ** 64))
print(repr([None, True]), repr((1,)), repr(()), repr({}), repr(set()), repr(frozenset()), repr({1: (2,)}))
print(repr(int), repr(type), repr(object), repr(len), repr(print), repr(range(3)), repr(range(1, 5, 2)), repr(slice(1)))
print(repr(b""), repr(bytearray()), repr(3j), repr(-0j), repr(1 - 1j), repr(float("-nan")), repr(StopIteration))
print(repr(Exception("msg")), repr(KeyError()), repr(TypeError("a", 1)), repr(int.__add__))
print(repr(str.upper), repr(type(None)), repr(type(...)), repr(type(NotImplemented)))
