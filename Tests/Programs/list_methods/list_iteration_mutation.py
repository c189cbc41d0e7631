# Mutating a list while iterating: appends are seen, removals skip; list iterator after exhaustion.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 3 and len(l) < 6:
        l.append(x + 10)
print(out, l)
m = [1, 2, 3, 4, 5]
for x in m:
    if x % 2:
        m.remove(x)
print(m)
it = iter([1, 2])
print(list(it), list(it))
n = [1, 2]
it = iter(n)
next(it)
next(it)
n.append(3)
print(next(it, "exhausted-stays"), n)
r = [0, 1, 2, 3]
it = iter(r)
next(it)
del r[:]
print(list(it))
print(list(reversed(l)), l[::-1] == list(reversed(l)))
