# sum() start rules (str rejected, bytes rejected), float precision, any/all on generators.
print(sum([]), sum([], 10), sum([1.5, 2]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1, 2], start=3))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2**64, 0.5]), sum(iter([True, True])))
for args in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray()), ([1, "a"],), (5,)]:
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1j, 2]), sum([], 0.0), type(sum([], 0.0)).__name__, sum(x for x in range(101)))
class V:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return V(o + self.v)
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
print(sum([V(1), V(2)]).v)
def gen(vals):
    for v in vals:
        print("gen", v)
        yield v
print(any(gen([0, 1, 2])), all(gen([1, 0, 2])), any([]), all([]), any(gen([])))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        raise RuntimeError("truth")
try:
    all([BadBool()])
except RuntimeError as e:
    print(type(e).__name__, e)
