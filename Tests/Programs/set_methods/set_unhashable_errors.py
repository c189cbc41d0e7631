# Set membership and construction with unhashable items; set of sets; discard of sets converts.
s = {1, 2, frozenset({3})}
for f in (lambda: {[1]}, lambda: set([[1]]), lambda: s.add({}), lambda: [1] in s, lambda: s.discard([1]), lambda: s.remove({1: 2})):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print({3} in s, set({3}) in s, frozenset({3}) in s)
s.discard({3})
print(s)
s.add(frozenset({4}))
s.remove({4})
print(s, 2 in s, "x" in s)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
print(len({H(1), H(1), H(2)}), H(2) in {H(2)}, H(3) in {H(2)})
