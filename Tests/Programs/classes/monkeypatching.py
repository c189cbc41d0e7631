# Methods added or replaced on a class affect existing instances; instance functions are not bound.
class Greeter:
    def hello(self):
        return "hello"
g = Greeter()
print(g.hello())
Greeter.hello = lambda self: "patched hello"
Greeter.bye = lambda self, who="you": f"bye {who}"
print(g.hello(), g.bye(), g.bye("all"))
g.hello = lambda: "instance-level"
print(g.hello(), Greeter().hello())
del g.hello
print(g.hello())
del Greeter.bye
print(hasattr(g, "bye"))
class Base:
    def who(self):
        return "base"
class Child(Base):
    pass
c = Child()
Base.who = lambda self: "patched base"
print(c.who())
