# __setattr__ and __delattr__ intercept assignment and deletion, including in __init__.
class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.a += 1
setattr(r, "b", "x")
del r.a
print(r.log, vars(r).keys())
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
fz = Frozen(3)
try:
    fz.v = 4
except AttributeError as e:
    print("AttributeError", e)
print(fz.v)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError", e)
