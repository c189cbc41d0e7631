# bool(), object(), staticmethod/classmethod/property builtins and their attribute errors.
o = object()
for f in (lambda: setattr(o, "a", 1), lambda: object(1), lambda: o.missing):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class K:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return "prop"
    @p.setter
    def p(self, v):
        self._p = v
class Sub(K):
    pass
k = Sub()
k.p = 5
print(K.s(2), k.s(3), Sub.c(), k.c(), k.p, k._p, type(K.__dict__["s"]).__name__, type(K.__dict__["p"]).__name__)
class RO:
    @property
    def r(self):
        return 1
try:
    RO().r = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del RO().r
except AttributeError as e:
    print(type(e).__name__, e)
print(bool(o), object.__name__, isinstance(o, object), o == o, o != object(), type(o).__mro__)
