# __dict__, vars(), and getattr/setattr/delattr/hasattr with dynamic names.
class Obj:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
        self.b = 2
o = Obj()
print(o.__dict__, vars(o), "cls_attr" in vars(o), "cls_attr" in vars(Obj))
o.__dict__["c"] = 3
print(o.c)
for name in ("a", "b", "c"):
    setattr(o, name, getattr(o, name) * 10)
print(vars(o))
delattr(o, "a")
print(hasattr(o, "a"), getattr(o, "a", None))
try:
    getattr(o, "a")
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(o) if not n.startswith("__")))
o.__dict__ = {"fresh": True}
print(vars(o))
