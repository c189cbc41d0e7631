# array.array: construction, items, slices, methods, operators and errors.
from array import array
import array as array_module


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(array_module.typecodes)
for code in array_module.typecodes:
    a = array(code) if code == "u" else array(code, [1, 2, 3])
    print(code, a.itemsize, a.typecode, len(a), a)

a = array("i", [5, 1, 4])
a.append(7)
a.extend([8, 9])
a.insert(0, -1)
a.insert(100, 10)
a.insert(-100, -2)
print(a, a[0], a[-1], a[2:5], a[::-2], a.tolist())
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(7), a.count(1), 7 in a, 70 in a, "x" in a)
a.reverse()
print(a, list(a), sum(a))
a[1:3] = array("i", [100, 200, 300])
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
del a[1]
del a[::3]
print(a)
del a[:]
print(a, len(a), bool(a))

# bytes round trips and buffer-like uses.
b = array("h", [1, -2, 300])
raw = b.tobytes()
print(raw, bytes(b), len(raw))
c = array("h")
c.frombytes(raw)
print(c == b, c is b, c)
c.byteswap()
print(c)
print(array("b", b"\x01\xff"), array("B", bytearray(b"ab")))
m = memoryview(array("i", [1, 2, 3]))
print(m.format, m.itemsize, m.tolist(), m.nbytes)

# unicode arrays.
u = array("u", "héllo")
u.fromunicode(" wörld")
print(u, u.tounicode(), u[1], u[::-1].tounicode())

# operators and comparisons.
x = array("d", [1.5, 2.5])
y = array("d", [1.5, 3.0])
print(x + y, x * 2, 3 * x, x * 0, x < y, x == y, x != y, x >= x)
x += y
print(x)
x *= 2
print(x, len(x))
print(array("i", [1, 2]) == array("d", [1.0, 2.0]))
print(array("f", [0.1, 1e300, -1e300]))
print(array("d", array("i", [1, 2])), array("i", array("i", [3])))

# copies and iteration.
import copy
d = array("l", [1, 2, 3])
e = copy.copy(d)
e[0] = 99
print(d, e, copy.deepcopy(d))
it = iter(d)
print(next(it), list(it), list(it))
print(d.buffer_info()[1])

# errors with CPython's messages.
for code in "bBhHiIlLqQ":
    for v in (-2 ** 64, -2 ** 63, -1, 256, 2 ** 16, 2 ** 32, 2 ** 63, 2 ** 64, 1.5):
        attempt(lambda: array(code, [v]))
attempt(lambda: array("d", ["x"]))
attempt(lambda: array("u", ["ab"]))
attempt(lambda: array("x"))
attempt(lambda: array("bb"))
attempt(lambda: array(1))
attempt(lambda: array())
attempt(lambda: array("b", 1))
attempt(lambda: array("b", "abc"))
attempt(lambda: array("d", b"abc"))
attempt(lambda: array("i", array("u", "a")))
attempt(lambda: array("i", [1]) + [1])
attempt(lambda: array("i", [1]) + array("b"))
attempt(lambda: array("i", [1]) * 1.5)
attempt(lambda: array("i", [1])[5])
attempt(lambda: array("i", [1])["x"])
attempt(lambda: array("i").pop())
attempt(lambda: array("i", [1]).pop(5))
attempt(lambda: array("i", [1]).index(5))
attempt(lambda: array("i", [1]).remove(5))
attempt(lambda: array("i", [1]).extend(array("b")))
attempt(lambda: array("i", [1]).fromlist((1,)))
attempt(lambda: array("i", [1]).frombytes(b"x"))
attempt(lambda: array("i").tounicode())
attempt(lambda: hash(array("i")))


def assign(target, key, value):
    target[key] = value


attempt(lambda: assign(array("i", [1]), 3, 1))
attempt(lambda: assign(array("i", [1, 2]), slice(0, 1), [1]))
attempt(lambda: assign(array("i", [1, 2, 3]), slice(None, None, 2), array("i", [1])))
attempt(lambda: assign(array("i", [1]), 0, 2 ** 40))
f = array("i", [1, 2])
try:
    f.fromlist([3, "x"])
except TypeError as e:
    print(e, f)
