# bytearray item and slice assignment and deletion, extended slices included, with CPython's errors.
from _check import t

ba = bytearray(b"hello")
ba[0] = 72; ba[-1] = 79; print(ba)
ba[1:3] = b"EL"; print(ba); ba[1:3] = b""; print(ba); ba[1:1] = [120, 121]; print(ba)
ba[::2] = b"abc"; print(ba); ba[4:] = bytearray(b"tail"); print(ba); ba[:0] = range(49, 51); print(ba)
del ba[0]; print(ba); del ba[::2]; print(ba); del ba[-1]; print(ba); del ba[:]; print(ba)
b = bytearray(b"abcdef"); b[5:1:-2] = b"XY"; print(b, b[::-1], b[1:4], b[2])
t(lambda: bytearray(b"ab").__setitem__(0, 256)); t(lambda: bytearray(b"ab").__setitem__(0, b"x"))
t(lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5)); t(lambda: bytearray(b"ab").__setitem__(slice(0, 1), "x"))
t(lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x")); t(lambda: bytearray(b"ab").__setitem__(5, 1))
t(lambda: bytearray(b"ab").__delitem__(5)); t(lambda: bytearray(b"ab")["x"]); t(lambda: bytearray(b"ab")[5])
t(lambda: b"ab".__setitem__(0, 1)); t(lambda: b"ab"[5]); index = 1.0
t(lambda: b"ab"[index])
