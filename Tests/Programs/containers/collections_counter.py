# collections.Counter: counting, most_common with ties in insertion order, arithmetic.
from collections import Counter
c = Counter("mississippi")
print(c, c["s"], c["z"], c.most_common(2), c.most_common()[-1])
c.update("sip")
print(c.most_common(3), sorted(c.elements())[:6], c.total())
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, d & e, d | e, e - d)
d.subtract({"a": 5})
print(d, +d, -d)
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter("aab").keys() == {"a", "b"})
