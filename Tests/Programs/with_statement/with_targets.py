# with ... as accepts any assignment target: tuples, attributes, subscripts.
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with Pair() as (a, (b, c)):
    print(a, b, c)
class Holder:
    pass
h = Holder()
with Pair() as h.value:
    pass
print(h.value)
slots = [None, None]
with Pair() as slots[1]:
    pass
print(slots)
d = {}
with Pair() as d["k"], Pair() as (x, *rest):
    print(d, x, rest)
