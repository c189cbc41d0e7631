# list.extend/+= with generators, iterators over the list itself, and errors raised mid-extend.
l = [1, 2]
l.extend(x * 10 for x in l[:])
print(l)
m = [1, 2, 3]
m += iter(m[:])
print(m)
def gen():
    yield "a"
    yield "b"
    raise ValueError("stop here")
n = [0]
try:
    n.extend(gen())
except ValueError as e:
    print(type(e).__name__, e, n)
try:
    n += 5
except TypeError as e:
    print(type(e).__name__, e)
o = []
o.extend(range(3))
o.extend({"k": 1}.items())
o.extend(b"ab")
o.extend("")
print(o)
p = [1]
p.extend(p)
p.extend(p)
print(p, len(p))
