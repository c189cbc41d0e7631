# Iterating bytes yields ints; bytes from iteration round-trips; bytes in comprehensions and sum/max.
b = b"\x00\x7f\x80\xff"
print(list(b), [type(x).__name__ for x in b][:1], bytes(x ^ 0xFF for x in b), sum(b), max(b), min(b), sorted(b"cab"))
print(b"".join(bytes([c]) for c in b"abc"), bytes(reversed(b"abc")), b"abc"[::-1], [chr(c) for c in b"hi"], dict(enumerate(b"ab")))
it = iter(bytearray(b"xy"))
print(next(it), next(it), next(it, None), list(memoryview(b"mv")), {*b"aab"})
print(b"abc" == bytes(list(b"abc")), bytes(3)[0], bytearray(2) + b"\x01", [b"abc"[i:i + 1] for i in range(3)])
