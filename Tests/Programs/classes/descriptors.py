# Descriptors: data descriptors beat instance dicts; non-data descriptors lose to them.
class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"accessed on class {objtype.__name__}"
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from NonData"
class C:
    d = Data()
    n = NonData()
c = C()
print(C.d, c.d)
c.d = 5
print(c.d, vars(c))
c.__dict__["d"] = "instance dict"
print(c.d)
print(c.n)
c.n = "instance wins"
print(c.n, C.n)
class ReadOnly:
    def __get__(self, obj, t=None):
        return 1
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class D:
    r = ReadOnly()
try:
    D().r = 5
except AttributeError as e:
    print("AttributeError", e)
class WithDelete:
    def __get__(self, obj, t=None): return "x"
    def __delete__(self, obj): print("  __delete__ called")
class E:
    w = WithDelete()
del E().w
