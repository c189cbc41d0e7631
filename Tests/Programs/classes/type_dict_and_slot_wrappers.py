# cls.__dict__ is a read-only mappingproxy; built-in special methods are slot wrappers.
class A:
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__, d["x"], "m" in d, "y" in d, d.get("y", "none"), sorted(k for k in d if not k.startswith("__")))
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
import types
p = types.MappingProxyType({"a": 1})
print(p, len(p), list(p.items()), p.copy(), p == {"a": 1})
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)
print(int.__add__, type(int.__add__).__name__, type((1).__add__).__name__, int.__add__(2, 3))
print(type(list.append).__name__, type([].append).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(repr(object.__init__), type(object().__str__).__name__, list.__len__([1, 2]))
for call in (lambda: [].append(), lambda: [].clear(1), lambda: "".upper(1), lambda: list.append([])):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
