# bytearray's mutators: append, extend, insert, pop, remove, reverse, clear, copy, +=, *=, and their errors.
from _check import t

ba = bytearray(b"hello")
ba.append(33); ba.extend([34, 35]); ba.extend(b"!!"); ba.insert(0, 64); ba.insert(-1, 46); ba.insert(100, 47)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(33); ba.reverse(); print(ba, ba.copy(), ba.copy() is ba, len(ba))
ba.clear(); print(ba, len(ba), bool(ba))
ba = bytearray(b"ab"); alias = ba; ba += b"cd"; ba *= 2; print(ba, alias is ba)
ba += bytearray(b"!"); print(ba, ba + b"?", b"?" + ba, ba * 0, 2 * bytearray(b"z"))
t(lambda: bytearray(b"a").remove(99)); t(lambda: bytearray().pop()); t(lambda: bytearray(b"a").pop(5)); t(lambda: bytearray().append(256))
t(lambda: bytearray().append("a")); t(lambda: bytearray().extend("ab")); t(lambda: bytearray().extend(5)); t(lambda: {bytearray(): 1})
t(lambda: (bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "latin-1"), bytearray(b"x") == b"x"))
t(lambda: bytearray("abc")); t(lambda: bytearray([1, 256])); t(lambda: bytearray(-2)); t(lambda: bytearray(1.5))
