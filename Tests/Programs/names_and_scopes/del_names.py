# del on names, subscripts, slices and attributes.
a = 1
b = [0, 1, 2, 3, 4, 5]
del a
print("a" in globals())
del b[0], b[-1]
print(b)
del b[::2]
print(b)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class O: pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))
x, y = 1, 2
del (x, y)
print("x" in globals(), "y" in globals())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError", e)
