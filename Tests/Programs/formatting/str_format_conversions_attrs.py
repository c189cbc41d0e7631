# str.format field names: attributes, items, nested, !s/!r/!a, and positional/keyword mixing.
class P:
    def __init__(self):
        self.name = "pt"
        self.coords = (3, 4)
        self.meta = {"k": ["v0", "v1"]}
    def __repr__(self):
        return "P()"
p = P()
print("{0.name} {0.coords[1]} {0.meta[k][1]} {p.name!r} {p!s} {p!r}".format(p, p=p))
print("{0}{1}{0}".format("ab", "-"), "{a}{b}{a}".format(a=1, b=2), "{0}{b}".format(0, b="B"), "{}{}{b}".format(1, 2, b=3))
print("{!a}".format("é"), "{0!r:>10}|".format("x"), "{x[0]:^5}|".format(x="abc"), "{0[key with space]}".format({"key with space": 1}))
print("{0[1]}".format({1: "int key"}), "{0[a]}".format({"a": "str key"}))
try:
    "{0[01]}".format({"01": "str 01"})
except KeyError as e:
    print(type(e).__name__, e)
for fmt in ("{0.__class__.__name__}", "{0[0]}", "{.real}"):
    print(fmt.format(5) if fmt != "{0[0]}" else fmt.format([9]))
