# list methods: append, extend, insert, remove, pop, index, count, reverse, clear, copy.
xs = [3, 1, 4]
xs.append(1); print(xs)
xs.extend("ab"); print(xs)
xs.extend(range(2)); print(xs)
xs.insert(0, "first"); xs.insert(-1, "before last"); xs.insert(100, "end"); xs.insert(-100, "start"); print(xs)
xs.remove(1); print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
print(xs.index(4), xs.index("a", 2), xs.count(1), xs.count("zz"))
try:
    xs.index(4, 5)
except ValueError as e:
    print("ValueError", e)
ys = xs.copy()
ys.reverse()
print(ys, xs, ys is xs)
ys.clear()
print(ys, len(ys))
print([].append(1), [1, 2].extend([]), xs.sort.__name__ if False else "methods return None")
n = [1, 2, 3]
n.extend(n)
print(n)
