# __prepare__ supplies the class body namespace; it sees every assignment in order.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Ordered(metaclass=Meta, option="x"):
    b = 1
    a = 2
    def method(self): pass
    b = 3
print(Ordered.order, Ordered.b, type(Ordered.__dict__).__name__)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {k if k.startswith("__") else k.upper(): v for k, v in ns.items()})
class Shout(metaclass=Upper):
    hello = "hi"
print(Shout.HELLO, hasattr(Shout, "hello"))
