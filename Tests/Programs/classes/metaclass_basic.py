# Metaclasses: __new__ and __init__ at class creation, __call__ at instance creation.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = True
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
class Child(Base):
    y = 2
c = Child(5)
print(c.v, Child.added_by_meta, type(Child) is Meta, type(Meta) is type, isinstance(Child, Meta))
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())
