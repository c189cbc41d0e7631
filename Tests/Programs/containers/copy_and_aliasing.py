# Shallow copies share nested objects; copy.deepcopy does not (and handles cycles).
import copy
orig = {"list": [1, 2], "nested": {"k": [3]}}
shallow = dict(orig)
shallow2 = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"].append(99)
orig["nested"]["k"].append(4)
print(shallow, shallow2, deep, sep="\n")
a = [[0] * 3 for _ in range(2)]
b = [[0] * 3] * 2
a[0][0] = b[0][0] = 1
print(a, b, b[0] is b[1])
c = [1, 2]
c.append(c)
d = copy.deepcopy(c)
print(d, d[2] is d, d is not c)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
l = [1, 2, 3]
m = l[:]
n = list(l)
m.append(4)
print(l, m, n, n == l, n is l)
