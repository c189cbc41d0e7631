# callable(), type() of many objects, and type names of built-in callables.
class K:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
k = K()
objs = [len, print, K, k, k.m, K.m, K.s, K.c, lambda: 0, int, "s", 5, None, [].append, "".join, type, object(), iter([])]
print([callable(o) for o in objs])
print([type(o).__name__ for o in objs])
print(type(k.m).__name__, type(K.__dict__["s"]).__name__, type(K.__dict__["c"]).__name__, type(int.__dict__["from_bytes"]).__name__)
print(type(str.upper).__name__, type("".upper).__name__, type(object.__init__).__name__, type(k.__init__).__name__)
