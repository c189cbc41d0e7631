# print(): sep/end validation, None defaults, objects without __str__, file= objects and flush=.
print("a", "b", sep=None, end=None)
print("a", "b", sep="", end="|\n")
print(sep="-")
print("only", end="")
print()
for kw in [{"sep": 5}, {"end": b"x"}, {"file": 5}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.out = []
    def write(self, s):
        self.out.append(s)
    def flush(self):
        self.out.append("<flush>")
w = W()
print(1, 2, 3, sep=", ", end=".\n", file=w, flush=True)
print(w.out)
print("x", file=None)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {S()} if False else "set-skip")
class BadStr:
    def __str__(self):
        return 5
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print("\xe9", "\u20ac", "tab\there", "nul\0end" == "nul\x00end")
print(*[1, 2], *"ab", sep="/")
print(1, 2, end="\n", sep=" and ")
