# Recursive containers print with ... placeholders.
l = [1]
l.append(l)
d = {"self": None}
d["self"] = d
t = ([],)
t[0].append(t)
print(l, d, t)
print(repr(l), str(d))
m = [l, l]
print(m)
nested = {"a": [d]}
print(nested)
class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Box({self.items!r})"
b = Box()
b.items.append(b)
try:
    print(b)
except RecursionError as e:
    print("RecursionError", e)
