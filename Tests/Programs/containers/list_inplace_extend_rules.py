# list += accepts any iterable, list + needs a list; extend with iterators and self.
xs = [1]
xs += "ab"
xs += (2,)
xs += range(3, 5)
xs += {9: None}
print(xs)
try:
    xs = xs + "cd"
except TypeError as e:
    print("TypeError", e)
ys = [0]
ys.extend(x * 2 for x in range(3))
ys.extend(iter([7]))
print(ys)
try:
    ys += 5
except TypeError as e:
    print("TypeError", e)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print("TypeError", e)
s = "a"
s += "b"
print(s)
