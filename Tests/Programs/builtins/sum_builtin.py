# sum: start values, floats, big ints, lists and tuples as items, refusing strings.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([10 ** 20, 10 ** 20, -1]), sum((x * x for x in range(10)), start=-285), sum([1e308, 1e308, -1e308]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.1, 0.2, 0.3]), sum([1, 1e100, 1, -1e100]))
for call in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([[1]]), lambda: sum(["a"]), lambda: sum(5)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
class Vec:
    def __init__(self, v): self.v = v
    def __radd__(self, other): return Vec(other + self.v) if isinstance(other, int) else NotImplemented
    def __add__(self, other): return Vec(self.v + other.v)
print(sum([Vec(1), Vec(2), Vec(3)]).v)
