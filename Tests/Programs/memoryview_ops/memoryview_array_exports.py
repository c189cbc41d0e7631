# array.array while a memoryview exports it: resizes raise BufferError, same-size writes pass, release and dropped views unlock.
import array, gc
a = array.array("h", [1, 2, 3, 4])
m = memoryview(a)
def del_item():
    del a[0]
def del_stepped():
    del a[0:4:2]
def grow_slice():
    a[0:1] = array.array("h", [7, 8])
def repeat():
    global a
    a *= 2
def concat():
    global a
    a += array.array("h", [1])
for grow in (lambda: a.append(5), lambda: a.extend([6]), lambda: a.pop(), lambda: a.insert(0, 9), lambda: a.remove(2),
             del_item, del_stepped, grow_slice, lambda: a.frombytes(b"\x01\x00"), lambda: a.fromlist([1]), repeat, concat):
    try:
        grow()
        print("ok", a)
    except BufferError as e:
        print(type(e).__name__, e)
a[0] = 10
a[1:3] = array.array("h", [20, 30])
a *= 1
a.reverse()
a.byteswap()
a.byteswap()
print(a, m.tolist(), m.format, m.itemsize)
m[0] = -1
print(a[0], m.cast("B").tolist()[:2])
m.release()
a.append(5)
print(a)
def first(x):
    return memoryview(x)[0]
print(first(a))
gc.collect()
a.extend([6, 7])
print(a, len(a))
