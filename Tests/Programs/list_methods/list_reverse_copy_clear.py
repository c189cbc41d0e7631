# reverse, copy (shallow), clear, list() constructor and repr of nested/recursive lists.
a = [[1], [2], 3]
b = a.copy()
b[0].append("x")
b.append(4)
print(a, b, a[0] is b[0])
a.reverse()
print(a, list(reversed(a)), a[::-1] == list(reversed(a)))
c = a
a.clear()
print(a, c, a is c)
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(x * x for x in range(3)), list({3}))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
r = [1, 2]
r.append(r)
r.append([r])
print(r)
