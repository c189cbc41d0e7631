# print with sep/end/file/flush, None values, non-str sep errors and a custom file object.
import sys, io
print("a", "b", "c", sep="")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=" | ", end=" <end>\n")
print()
print("", end="")
print("x", end="")
print()
buf = io.StringIO()
print("to", "buffer", file=buf, sep="_")
print(42, file=buf, end="!")
print(repr(buf.getvalue()))
print("stdout", file=sys.stdout, flush=True)
print("to none file", file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("p", "q", sep="-", file=w)
print(w.parts)
for kw in ({"sep": 1}, {"end": 2}, {"file": 5}, {"bogus": 1}):
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Obj:
    def __str__(self):
        return "OBJ"
print(Obj(), [Obj()] != [], None, True, 1.0, b"b", sep=",")
