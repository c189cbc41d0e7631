# dict.fromkeys (shared default value), copy is shallow, clear, equality ignores order.
d = dict.fromkeys("abc")
e = dict.fromkeys(["x", "y"], [])
e["x"].append(1)
print(d, e, dict.fromkeys([]), dict.fromkeys(range(3), 0), dict.fromkeys("aab"))
c = e.copy()
c["y"].append(2)
c["z"] = 0
print(e, c, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, list({1: 2, 3: 4}) == list({3: 4, 1: 2}))
class D(dict):
    pass
print(type(D.fromkeys("a")).__name__, type(D(a=1).copy()).__name__)
c.clear()
print(c, len(c))
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
