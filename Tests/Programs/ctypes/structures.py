# ctypes Structure, Union, arrays, pointers, byref and buffers.
from ctypes import *

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class RECT(Structure):
    _fields_ = [("a", POINT), ("b", POINT)]

class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("i", c_int)]

class U(Union):
    _fields_ = [("i", c_uint), ("b", c_ubyte * 4)]

p = POINT(1, 2)
print(p.x, p.y, sizeof(POINT), POINT.x, POINT.y)
p.x = 10
print(p.x, POINT(y=5).y, POINT().x)
r = RECT(POINT(1, 2), (3, 4))
print(r.a.x, r.a.y, r.b.x, r.b.y, sizeof(RECT))
r.a.x = 99
print(r.a.x)
print(sizeof(Mixed), alignment(Mixed), Mixed.d.offset, Mixed.s.offset, sizeof(Packed), Packed.i.offset)
u = U()
u.i = 0x01020304
print(list(u.b), sizeof(U))
for bad in [lambda: POINT(1, 2, 3), lambda: setattr(p, "x", "s"), lambda: setattr(POINT, "_fields_", [])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Derived(POINT):
    _fields_ = [("z", c_int)]
d = Derived(z=3)
d.x, d.y = 1, 2
print(d.x, d.y, d.z, sizeof(Derived))

IntArray5 = c_int * 5
arr = IntArray5(5, 1, 4, 2, 3)
print(IntArray5.__name__, len(arr), list(arr), arr[-1], arr[1:3], sizeof(arr))
arr[0] = 7
print(arr[0], (c_int * 5) is IntArray5)
try:
    arr[5]
except IndexError as e:
    print("IndexError", e)
grid = ((c_int * 3) * 2)()
grid[1][2] = 6
print([list(row) for row in grid])

buf = create_string_buffer(b"hello", 10)
print(buf.value, buf.raw, sizeof(buf), buf[1], buf[0:3])
buf.value = b"hi"
print(buf.value, buf.raw)
print(create_string_buffer(3).raw, create_unicode_buffer("abc").value)

n = c_int(42)
ptr = pointer(n)
print(ptr.contents.value, ptr[0], type(ptr).__name__, bool(ptr), bool(POINTER(c_int)()))
ptr[0] = 43
print(n.value)
pp = POINTER(POINT)(p)
print(pp.contents.x, pp[0].y)
try:
    POINTER(c_int)()[0]
except ValueError as e:
    print("ValueError", e)
print(POINTER(c_int) is POINTER(c_int), addressof(n) == addressof(ptr.contents))
print(cast(buf, c_char_p).value, string_at(buf, 2), cast(arr, POINTER(c_int))[1])
v = c_int.from_buffer(arr, 4)
print(v.value, POINT.from_buffer_copy(bytes([1, 0, 0, 0, 2, 0, 0, 0])).y)
print(repr(byref(n))[:11])

libc = CDLL("libc.so.6")
out = c_int(0)
libc.sscanf(b"17 abc", b"%d", byref(out))
print(out.value)
dst = create_string_buffer(8)
memmove(dst, b"abcdef", 3)
memset(byref(dst, 3), ord("z"), 2)
print(dst.value)
