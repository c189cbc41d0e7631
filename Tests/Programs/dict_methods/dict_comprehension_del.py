# dict comprehensions, del, len, in, iteration order, reversed(dict) and nested equality.
d = {k: k * k for k in range(6) if k != 3}
print(d, len(d), 4 in d, 16 in d, list(reversed(d)), list(reversed(d.values())))
del d[0]
try:
    del d[0]
except KeyError as e:
    print(type(e).__name__, e)
print(d, {k: v for k, v in d.items() if v > 5}, {v: k for k, v in d.items()})
print({"a": [1, {"b": 2}]} == {"a": [1, {"b": 2}]}, {"a": 1} == {"a": 1, "b": 2}, {1: "x"} == dict([(1, "x")]))
e = {}
e["self"] = e
print(e, repr({"k": [e]})[:30])
print(dict(sorted({"b": 2, "a": 1}.items())), dict(zip(range(3), "abc")), {**d, 99: 0})
ks = {}
for word in "the cat the hat the end".split():
    ks[word] = ks.get(word, 0) + 1
print(ks, max(ks, key=ks.get), sorted(ks.items(), key=lambda kv: (-kv[1], kv[0])))
