# Many inserts and deletes keep insertion order and correct lookups; keys of mixed types.
d = {}
for i in range(5000):
    d[i * 31 % 5000] = i
for i in range(0, 5000, 3):
    del d[i]
for i in range(0, 5000, 9):
    d[i] = -i
print(len(d), list(d)[:6], list(d)[-4:], d[9], d.get(3), sum(d.values()) % 100000)
m = {}
for k in (1, "1", 1.5, (1,), None, b"1", frozenset([1]), 2**70):
    m[k] = repr(k)
print(m, len(m), m[2**70], m[frozenset({1})])
s = {f"key{i}": i for i in range(1000)}
for i in range(0, 1000, 2):
    s.pop(f"key{i}")
print(len(s), list(s)[:3], s["key999"], "key0" in s)
