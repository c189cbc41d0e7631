# ctypes calls into libc and libm: argtypes/restype, default conversions, errors, errno.
import ctypes
from ctypes import *

libm = CDLL("libm.so.6")
libc = CDLL("libc.so.6")

pow = libm.pow
pow.argtypes = [c_double, c_double]
pow.restype = c_double
print(pow(2, 3), pow(2.5, 2), pow(1.0000001, 50) > 1)
total = 0.0
for i in range(1000):
    total += pow(1.0001, i % 10)
print("%.6f" % total)

print(libc.abs(-5), libc.strlen(b"hello"), libc.atoi(b"  42x"))
print(libc.abs.restype, libc.abs.argtypes, pow.argtypes, pow.restype, pow.errcheck)
print(libm.pow is pow, libc["abs"] is libc.abs)

floor = libm.floor
floor.restype = c_double
floor.argtypes = (c_double,)
print(floor(2.7), floor(-2.5))

labs = libc.labs
labs.argtypes = [c_long]
labs.restype = c_long
print(labs(-2**40))

strchr = libc.strchr
strchr.restype = c_char_p
strchr.argtypes = [c_char_p, c_int]
print(strchr(b"hello", ord("l")), strchr(b"hello", ord("z")))

# Errors: conversion, argument counts, unknown symbols.
for args in [("x", 2), (None, 1), (b"x", 1)]:
    try:
        pow(*args)
    except ArgumentError as e:
        print("ArgumentError:", e)
try:
    pow(1)
except TypeError as e:
    print("TypeError:", e)
try:
    libc.abs(1.5)
except ArgumentError as e:
    print("ArgumentError:", e)
try:
    libc.no_such_function_here
except AttributeError as e:
    print("AttributeError:", str(e).split(": ")[-1])
try:
    pow.argtypes = [5]
except TypeError as e:
    print("TypeError:", e)
try:
    pow.restype = 5
except TypeError as e:
    print("TypeError:", e)
try:
    CDLL("libdoesnotexist.so.77")
except OSError as e:
    print("OSError:", e)

# errcheck and restype callables.
def check(result, func, args):
    print("errcheck", result, args)
    return result * 2
labs.errcheck = check
print(labs(-3))
try:
    labs.errcheck = None
except TypeError as e:
    print("TypeError:", e)
libc.abs.restype = lambda v: "abs=%d" % v
print(libc.abs(-9))

# errno with use_errno.
libc_e = CDLL("libc.so.6", use_errno=True)
ctypes.set_errno(0)
libc_e.close(-1)
print(ctypes.get_errno() == 9, ctypes.set_errno(0) == 9)
