# bytearray operations with itself as the argument, slice deletion with steps, and in-place methods returning None.
ba = bytearray(b"abc")
ba.extend(ba)
ba += bytes(ba)
print(ba, len(ba))
ba[2:4] = ba
print(ba)
del ba[::3]
print(ba)
del ba[-1:-5:-2]
print(ba)
ret = [ba.reverse(), ba.extend(b""), ba.append(48), ba.insert(0, 49), ba.clear()]
print(ret, ba)
b2 = bytearray(b"hello world")
print(b2.replace(b"o", b"0"), b2, b2.upper() is not b2, b2.find(b"o"), b2.pop(), b2.remove(ord("h")), b2)
m = memoryview(b2)
try:
    b2 += b"!"
except BufferError as e:
    print(type(e).__name__, e)
m.release()
b2 *= 2
print(b2)
