# Changing dicts and sets while iterating raises RuntimeError; lists do not; dict value updates are fine.
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d)
for kind, make in (("dict-add", lambda c: c.__setitem__(99, 0)), ("dict-del", lambda c: c.pop(1))):
    c = {1: 1, 2: 2}
    try:
        for k in c:
            make(c)
    except RuntimeError as e:
        print(kind, type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
keys = {1: 1, 2: 2}
try:
    for k in keys.keys():
        keys[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for v in keys.values():
        keys.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
items = {"a": 1}
it = iter(items.items())
items["a"] = 2
print(list(it))
e = {}
for k in list(d):
    del d[k]
print(d)
