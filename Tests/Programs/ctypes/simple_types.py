# ctypes simple types: values, truncation, reprs, sizes, conversion errors.
from ctypes import *

for t in [c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_float, c_double, c_longdouble, c_bool, c_char,
          c_wchar, c_char_p, c_wchar_p, c_void_p, c_size_t, c_ssize_t]:
    print(t.__name__, sizeof(t), alignment(t), t._type_)

print(c_int(5).value, repr(c_int(5)), c_double(1.5), c_char(b'a'), c_bool(3))
print(c_uint8(300), c_int8(-129), c_int(2**40), c_uint(-1), c_ulonglong(-1), c_longlong(2**63))
print(c_float(0.1).value, c_double(0.1).value, c_double(3).value)
print(c_char(65).value, c_wchar('x').value, c_char_p(b"abc").value, c_wchar_p("h\xe9").value)
print(c_void_p().value, c_void_p(1234).value, c_char_p().value, c_int().value)
x = c_int(7)
x.value = 9
print(x.value, bool(x), bool(c_int(0)), bool(c_double(0.0)))

class MyInt(c_int):
    pass
m = MyInt(3)
print(m.value, type(m).__mro__[1].__name__, repr(m).startswith("<MyInt object at"))

for make in [lambda: c_int("x"), lambda: c_int(1.5), lambda: c_double("x"),
             lambda: c_char_p("x"), lambda: c_char(300), lambda: c_char(b"ab"),
             lambda: c_wchar("ab"), lambda: c_void_p("x"), lambda: hash(c_int(1))]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)

print(c_int.from_param(5), c_double.from_param(2), c_char_p.from_param(b"a")._obj)
for v in [1.5, "x", None]:
    try:
        c_int.from_param(v)
    except TypeError as e:
        print("from_param", repr(v), e)

for bad in ["i2", 5, "y"]:
    try:
        class Bad(c_int.__mro__[1]):
            _type_ = bad
    except Exception as e:
        print(type(e).__name__, e)
