# __set_name__ is called at class creation; __init_subclass__ receives class keywords.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Model:
    registry = []
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower()
        Model.registry.append(cls.__name__)
        print("init_subclass", cls.__name__, table)
class User(Model, table="users"):
    name = Field()
    email = Field()
class Admin(User):
    pass
print(Model.registry, User.table, Admin.table, User.name.name)
try:
    class Bad(Model, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
f = Field()
class Late:
    pass
Late.f = f
print(hasattr(f, "name"))
