# list.insert at odd positions, pop with indexes, extend with iterables and self.
l = [1, 2, 3]
l.insert(0, "a")
l.insert(-1, "b")
l.insert(100, "c")
l.insert(-100, "d")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
for f in (lambda: [].pop(), lambda: l.pop(10), lambda: l.pop("0"), lambda: l.insert(1.0, 2), lambda: l.extend(5)):
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
l.extend("xy")
l.extend(range(2))
l.extend({"k": 1})
l.extend(l)
print(l, len(l))
m = [1]
m += (2, 3)
m += "z"
print(m)
try:
    m = m + (4,)
except TypeError as e:
    print(type(e).__name__, e)
