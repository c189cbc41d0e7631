# sum with start values of several types, and the refusal to sum strings/bytes.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([], 5), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([0.1] * 3), sum(range(101)))
print(sum([1, 2.5]), sum([1j, 2]), sum([True, True]), sum(x * x for x in range(4)), sum([10**20, 1]), sum([], start=7))
for args in ((["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray()), ([1, "a"],), (5,), ([[1]],)):
    try:
        print(sum(*args))
    except TypeError as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return V(o + self.v)
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
