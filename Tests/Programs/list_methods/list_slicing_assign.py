# list slice assignment and deletion, extended slices with wrong sizes, self-assignment.
l = list(range(10))
l[2:5] = ["a"]
print(l)
l[1:1] = [7, 7]
print(l)
l[::3] = "wxyz"
print(l)
del l[::2]
print(l)
l[-2:] = []
print(l)
l[:] = l + l
print(l)
l[5:2] = [0]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
m = [1, 2, 3]
m[1:2] = m
print(m)
m[::-1] = m[:]
print(m, m[::-1], m[-100:100:-1], m[100::-2])
del m[10:20]
del m[-100:1]
print(m)
