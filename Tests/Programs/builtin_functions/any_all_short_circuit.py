# any/all short-circuit on generators and return bools for truthy objects.
seen = []
def g(vals):
    for v in vals:
        seen.append(v)
        yield v
print(any(g([0, 0, 3, 4])), seen)
seen.clear()
print(all(g([1, 2, 0, 5])), seen)
print(any([]), all([]), any([[]]), all([[]]), any(["", 0, None]), all(["x", 1, [0]]), type(any([5])).__name__)
class Truthy:
    def __bool__(self):
        raise ValueError("no bool")
try:
    any([Truthy()])
except ValueError as e:
    print(type(e).__name__, e)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
print(any(x > 2 for x in range(5)), all(c.isalpha() for c in "abc"), any(iter(())))
