# min/max over generators, dicts, strings, sets, ranges; single-element and first-of-equal semantics.
print(max(x % 7 for x in range(20)), min({"b": 1, "a": 2}), max("hello"), min({5, 3, 9}), max(range(-5, 0)), max(iter([2])))
pairs = [(1, "first"), (1, "second"), (0, "zero")]
print(max(pairs, key=lambda p: p[0]), min(pairs[::-1], key=lambda p: p[0]), max([[1], [1, 0]]), min([(), (0,)]))
class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
vs = [V(1, "a"), V(3, "b"), V(3, "c"), V(1, "d")]
print(max(vs).tag, min(vs).tag, max(vs, key=lambda x: x.v).tag, min(vs, key=lambda x: -x.v).tag)
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max(True, 1), max(1, True), max("a", "B", key=str.lower))
try:
    max(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1, 2, key=len)
except TypeError as e:
    print(type(e).__name__, e)
