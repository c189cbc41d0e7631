# Mutating a list while iterating is well defined; dicts and sets raise RuntimeError.
xs = [1, 2, 3]
for x in xs:
    if x < 5:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    ys.remove(y)
print(ys)
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k].upper()
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
