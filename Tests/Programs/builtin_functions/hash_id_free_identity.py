# Identity tests without ids: is/is not for singletons, small ints via ==, and object identity in containers.
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None, ... is Ellipsis, NotImplemented is NotImplemented)
print(type(None)() is None, bool() is False, tuple() == (), frozenset() == frozenset())
x = object()
print(x in [x], x in [object()], [x].index(x), x == x, x != object())
class Eq:
    def __eq__(self, o):
        return False
e = Eq()
print(e in [e], [e].count(e), e == e, (e,) == (e,), type(e).__hash__)
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan == nan, {nan: 1}.get(nan))
print(id(a) == id(b), id(a) != id(c), hash(x) == hash(x))
