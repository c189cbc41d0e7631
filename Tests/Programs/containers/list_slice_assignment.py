# Slice assignment and deletion: growing, shrinking, extended slices and their errors.
xs = list(range(10))
xs[2:5] = ["a"]
print(xs)
xs[2:3] = "bcd"
print(xs)
xs[:0] = [-1, -2]
print(xs)
xs[len(xs):] = [100]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[::-3] = [f"r{i}" for i in range(len(xs[::-3]))]
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
ys = list(range(10))
del ys[::3]
print(ys)
del ys[::-2]
print(ys)
del ys[5:100]
print(ys)
ys[1:3] = []
print(ys)
zs = [1, 2, 3]
zs[1:2] = zs
print(zs)
zs[:] = (i * i for i in range(4))
print(zs)
try:
    zs[0:1] = 5
except TypeError as e:
    print("TypeError", e)
