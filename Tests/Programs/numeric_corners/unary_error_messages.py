# Unary operator errors and results: -, +, ~, abs on non-numbers, bools, floats and user classes.
for v in ("a", [1], None, 1.5, {}, (1,), b"x", 1j):
    res = []
    for name, f in (("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)):
        try:
            res.append(repr(f(v)))
        except TypeError as e:
            res.append(f"{type(e).__name__}: {e}")
    print(repr(v), res)
print(-True, +False, ~True, abs(False), -(-0.0), ~0, -(2**63), ~(2**100) + 2**100)
class N:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return NotImplemented
print(-N(), +N())
try:
    ~N()
except TypeError as e:
    print(type(e).__name__, e)
print(not [], not [0], not None, not 0.0, not "0")
