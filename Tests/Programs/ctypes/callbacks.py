# ctypes callbacks: CFUNCTYPE wrapping Python functions, called from C (qsort) and Python.
from ctypes import *

libc = CDLL("libc.so.6")
CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []
def py_cmp(a, b):
    calls.append(1)
    return a[0] - b[0]
cmp = CMPFUNC(py_cmp)
arr = (c_int * 6)(5, 1, 4, 2, 3, 0)
libc.qsort(arr, len(arr), sizeof(c_int), cmp)
print(list(arr), len(calls) > 0)
print(cmp(pointer(c_int(3)), pointer(c_int(1))))

ADD = CFUNCTYPE(c_double, c_double, c_int)
add = ADD(lambda x, n: x * n)
print(add(1.5, 4))
print(CFUNCTYPE(c_int) is CFUNCTYPE(c_int), CMPFUNC._restype_, CMPFUNC._argtypes_[0].__name__)

# A C function pointer called through a prototype.
abs_proto = CFUNCTYPE(c_int, c_int)
addr = cast(libc.abs, c_void_p).value
print(abs_proto(addr)(-12))

keys = (c_char_p * 3)(b"pear", b"apple", b"fig")
STRCMP = CFUNCTYPE(c_int, POINTER(c_char_p), POINTER(c_char_p))
def by_name(a, b):
    return (a[0] > b[0]) - (a[0] < b[0])
libc.qsort(keys, 3, sizeof(c_char_p), STRCMP(by_name))
print(list(keys))
