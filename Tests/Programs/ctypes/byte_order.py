# ctypes byte order: BigEndianStructure fields stored byte-swapped, the __ctype_be__ twins, wintypes.
import ctypes, ctypes.wintypes
from ctypes import *
class S(BigEndianStructure):
    _fields_ = [('a', c_int), ('b', c_ushort), ('d', c_double)]
s = S(1, 2, 1.5)
print(s.a, s.b, s.d, bytes(string_at(addressof(s), sizeof(s))))
s.a = 0x01020304
print(hex(s.a), string_at(addressof(s), 4))
class L(LittleEndianStructure):
    _fields_ = [('a', c_int)]
print(L(5).a, c_int.__ctype_be__.__name__, c_int.__ctype_le__ is c_int)
v = ctypes.wintypes.VARIANT_BOOL(True)
print(v.value, ctypes.wintypes.DWORD(5).value, sizeof(ctypes.wintypes.VARIANT_BOOL))
