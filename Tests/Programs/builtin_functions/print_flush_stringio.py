# print to io.StringIO/BytesIO wrappers, closed files, flush=True on a custom file, and objects whose __str__ fails.
import io
s = io.StringIO()
print("a", 1, None, file=s, flush=True)
print(*range(3), sep=", ", end=".\n", file=s)
print(repr(s.getvalue()))
class F:
    def __init__(self):
        self.log = []
    def write(self, t):
        self.log.append(("w", t))
        return len(t)
    def flush(self):
        self.log.append(("flush",))
f = F()
print("x", file=f, flush=True)
print("y", file=f)
print(f.log)
c = io.StringIO()
c.close()
try:
    print("z", file=c)
except ValueError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        raise RuntimeError("str fails")
t = io.StringIO()
try:
    print("before", BadStr(), "after", file=t)
except RuntimeError as e:
    print(type(e).__name__, e, repr(t.getvalue()))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
print("bytes out é", file=w)
w.flush()
print(w.buffer.getvalue())
